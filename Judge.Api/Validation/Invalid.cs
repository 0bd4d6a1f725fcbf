using Grpc.Core;

namespace Judge.Api.Validation;

/// <summary>The statuses a bad request gets, with a message that says what is wrong.</summary>
public static class Invalid
{
    public static RpcException Argument(string message) => new(new Status(StatusCode.InvalidArgument, message));

    public static RpcException NotFound(string message) => new(new Status(StatusCode.NotFound, message));

    public static RpcException Precondition(string message) => new(new Status(StatusCode.FailedPrecondition, message));
}
