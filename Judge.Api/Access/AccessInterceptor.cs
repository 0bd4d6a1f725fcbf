using Grpc.Core;
using Grpc.Core.Interceptors;
using Judge.Api.Grpc;
using Judge.Api.Sessions;

namespace Judge.Api.Access;

/// <summary>
/// Authenticates every judge.v1 call before the handler runs (and before a client stream is read): the Candidate
/// service by a candidate token ("authorization: Bearer ..."), the Review service by a reviewer token (the same header),
/// every other service by its API key and the role the service requires. A candidate token opens nothing but the
/// Candidate service, a reviewer token nothing but the Review service (each refuses the other's tokens: they differ in
/// prefix and signing key), and an API key opens neither. Other services (health, reflection) stay open.
/// </summary>
public sealed class AccessInterceptor(ApiKeyRegistry keys, CandidateTokens tokens, ReviewerTokens reviewerTokens, TimeProvider clock,
    ILogger<AccessInterceptor> logger) : Interceptor
{
    public const string ApiKeyHeader = "x-api-key";

    public const string AuthorizationHeader = "authorization";

    private const string BearerPrefix = "Bearer ";

    private static readonly string CandidateService = Contracts.V1.Candidate.Descriptor.FullName;

    private static readonly string ReviewService = Contracts.V1.Review.Descriptor.FullName;

    private static readonly string ProtectedPackage = Contracts.V1.Judge.Descriptor.File.Package;

    /// <summary>Services anyone may call: health checks and server reflection.</summary>
    private static readonly HashSet<string> OpenServices = new(StringComparer.Ordinal)
    {
        "grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection", "grpc.reflection.v1.ServerReflection",
    };

    private static readonly Dictionary<string, string> RoleByService = new(StringComparer.Ordinal)
    {
        [Contracts.V1.Judge.Descriptor.FullName] = Roles.Submitter,
        [Contracts.V1.Problems.Descriptor.FullName] = Roles.ProblemAdmin,
        [Contracts.V1.Assessments.Descriptor.FullName] = Roles.AssessmentAdmin,
    };

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Admit(context);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Admit(context);
        return continuation(requestStream, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Admit(context);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Admit(context);
        return continuation(requestStream, responseStream, context);
    }

    private void Admit(ServerCallContext context)
    {
        // The routed method's declared name, not the request's path: routing ignores case, so a path in another case
        // reaches our services too (see CanonicalMethod). Only health and reflection stay open, by name.
        var service = ServiceOf(CanonicalMethod.Of(context));
        if (OpenServices.Contains(service))
        {
            return;
        }
        if (!service.StartsWith(ProtectedPackage + ".", StringComparison.Ordinal))
        {
            logger.LogWarning("{Method}: refused a call to a service that is neither ours nor open", context.Method);
            throw new RpcException(new Status(StatusCode.Unimplemented, "no such service"));
        }
        if (service == CandidateService)
        {
            AdmitCandidate(context);
            return;
        }
        if (service == ReviewService)
        {
            AdmitReviewer(context);
            return;
        }
        var presented = context.RequestHeaders.GetValue(ApiKeyHeader);
        if (string.IsNullOrEmpty(presented))
        {
            logger.LogInformation("{Method}: refused a call without an API key", context.Method);
            throw new RpcException(new Status(StatusCode.Unauthenticated,
                $"missing API key: send it in the '{ApiKeyHeader}' request header (gRPC metadata)"));
        }
        var caller = keys.Authenticate(presented);
        if (caller is null)
        {
            logger.LogWarning("{Method}: refused a call with an unknown API key from {Peer}", context.Method, context.Peer);
            throw new RpcException(new Status(StatusCode.Unauthenticated, "the API key is not valid"));
        }
        // A service of ours missing from the table is closed to everyone rather than open.
        if (!RoleByService.TryGetValue(service, out var required) || !caller.Roles.Contains(required))
        {
            logger.LogWarning("{Method}: refused key {Caller}, which lacks role {Role}", context.Method, caller.Name, required ?? "(none)");
            throw new RpcException(new Status(StatusCode.PermissionDenied,
                $"the key '{caller.Name}' does not have the role '{required ?? "(none)"}' that {context.Method} requires"));
        }
        caller.AttachTo(context);
    }

    private void AdmitCandidate(ServerCallContext context) =>
        AdmitBearer(context, "candidate", token => new CandidateIdentity(tokens.Verify(token, clock.GetUtcNow())).AttachTo(context));

    private void AdmitReviewer(ServerCallContext context) =>
        AdmitBearer(context, "reviewer", token => new ReviewerIdentity(reviewerTokens.Verify(token, clock.GetUtcNow())).AttachTo(context));

    /// <summary>
    /// Reads "authorization: Bearer {token}" and has <paramref name="verifyAndAttach"/> check it (UNAUTHENTICATED when it
    /// is missing or refused, logged at information level with the reason).
    /// </summary>
    private void AdmitBearer(ServerCallContext context, string kind, Action<string> verifyAndAttach)
    {
        var header = context.RequestHeaders.GetValue(AuthorizationHeader);
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.Ordinal))
        {
            logger.LogInformation("{Method}: refused a call without a {TokenKind} token", context.Method, kind);
            throw new RpcException(new Status(StatusCode.Unauthenticated,
                $"missing {kind} token: send it as '{AuthorizationHeader}: {BearerPrefix.Trim()} <token>'"));
        }
        try
        {
            verifyAndAttach(header[BearerPrefix.Length..]);
        }
        catch (RpcException e)
        {
            logger.LogInformation("{Method}: refused a {TokenKind} token from {Peer}: {Reason}", context.Method, kind, context.Peer, e.Status.Detail);
            throw;
        }
    }

    /// <summary>"/judge.v1.Judge/Submit" -> "judge.v1.Judge".</summary>
    private static string ServiceOf(string method)
    {
        var slash = method.LastIndexOf('/');
        return slash > 0 ? method[1..slash] : "";
    }
}
