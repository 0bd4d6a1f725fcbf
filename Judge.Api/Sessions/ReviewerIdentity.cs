using Grpc.Core;

namespace Judge.Api.Sessions;

/// <summary>The one session a Review call's reviewer token names (verified by the access interceptor, before the handler runs).</summary>
public sealed record ReviewerIdentity(string SessionId)
{
    private const string UserStateKey = "judge.reviewer";

    public void AttachTo(ServerCallContext context) => context.UserState[UserStateKey] = this;

    public static ReviewerIdentity Of(ServerCallContext context) =>
        context.UserState.TryGetValue(UserStateKey, out var identity) && identity is ReviewerIdentity known
            ? known
            : throw new InvalidOperationException($"{context.Method} ran without a verified reviewer token");
}
