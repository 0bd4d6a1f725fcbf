using Grpc.Core;

namespace Judge.Api.Sessions;

/// <summary>The session a Candidate call's token names (verified by the access interceptor, before the handler runs).</summary>
public sealed record CandidateIdentity(string SessionId)
{
    private const string UserStateKey = "judge.candidate";

    /// <summary>The owner of the session's submissions: never an API key's name (those cannot start with '@').</summary>
    public string Owner => "@session-" + SessionId;

    public void AttachTo(ServerCallContext context) => context.UserState[UserStateKey] = this;

    public static CandidateIdentity Of(ServerCallContext context) =>
        context.UserState.TryGetValue(UserStateKey, out var identity) && identity is CandidateIdentity known
            ? known
            : throw new InvalidOperationException($"{context.Method} ran without a verified candidate token");
}
