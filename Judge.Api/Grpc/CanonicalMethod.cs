using Grpc.AspNetCore.Server;
using Grpc.Core;

namespace Judge.Api.Grpc;

/// <summary>
/// The method a call was routed to, as the service declares it ("/judge.v1.Judge/Submit"). Never the request's path:
/// routing matches paths without regard to case, so "/Judge.v1.Problems/GetProblem" reaches the Problems service while
/// its path would not name the protected package. Authorization and metric labels read this name only.
/// </summary>
public static class CanonicalMethod
{
    /// <summary>The routed method's full name, or "" when the call reached no gRPC method of ours (an unimplemented path).</summary>
    public static string Of(ServerCallContext context) =>
        context.GetHttpContext().GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.FullName ?? "";
}
