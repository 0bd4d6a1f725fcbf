using Grpc.Core;

namespace Judge.Api.Access;

/// <summary>The authenticated caller of an RPC: the name of its API key and the key's roles.</summary>
public sealed record Caller(string Name, IReadOnlySet<string> Roles)
{
    private const string UserStateKey = "judge.caller";

    public void AttachTo(ServerCallContext context) => context.UserState[UserStateKey] = this;

    /// <summary>The caller the access interceptor authenticated; every judge.v1 RPC has one.</summary>
    public static Caller Of(ServerCallContext context) =>
        context.UserState.TryGetValue(UserStateKey, out var caller) && caller is Caller known
            ? known
            : throw new InvalidOperationException($"{context.Method} ran without an authenticated caller");
}
