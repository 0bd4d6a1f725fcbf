using Judge.Api.Sessions;
using Judge.Api.Services;
using Judge.Api.Submissions;
using Microsoft.Extensions.Options;

namespace Judge.Api;

/// <summary>
/// What a browser reaches: the IDE's files (wwwroot, built from ide/) with a strict content security policy, and the
/// Candidate service and the replay page's Review service over gRPC-Web (HTTP/1.1 works), CORS-open only to
/// Assessments:IdeOrigins. No other service speaks gRPC-Web, so an API key never has a reason to be in a page.
/// </summary>
public static class IdeHosting
{
    public const string CorsPolicy = "ide";

    /// <summary>
    /// Scripts, workers, styles and connections from the page's own origin only; Monaco sets inline styles, so styles may
    /// be inline; nothing may frame the page, and no plugin, base or form target elsewhere is allowed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IServiceCollection AddIdeHosting(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<AssessmentOptions>>((cors, assessments) =>
            cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins([.. assessments.Value.IdeOrigins])
                .WithMethods("POST")
                .WithHeaders("authorization", "content-type", "x-grpc-web", "x-user-agent", "grpc-timeout")
                .WithExposedHeaders("grpc-status", "grpc-message", "grpc-status-details-bin", SubmissionIntake.RetryAfterTrailer)));
        return services;
    }

    public static WebApplication UseIdeHosting(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                var headers = file.Context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                // The page is rebuilt with the service; revalidating keeps a candidate from running a stale IDE.
                headers.CacheControl = "no-cache";
            },
        });
        // Off by default: only the Candidate and Review services enable it (MapCandidateService, MapReviewService).
        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = false });
        app.UseCors();
        return app;
    }

    public static void MapCandidateService(this WebApplication app) =>
        app.MapGrpcService<CandidateService>().EnableGrpcWeb().RequireCors(CorsPolicy);

    /// <summary>The Review service, for the replay page (review.html) served beside the IDE: gRPC-Web, the same CORS policy.</summary>
    public static void MapReviewService(this WebApplication app) =>
        app.MapGrpcService<ReviewService>().EnableGrpcWeb().RequireCors(CorsPolicy);
}
