using Judge.Api.Similarity;
using Judge.Domain.Functions;
using Judge.Api.Access;
using Judge.Api.Grpc;
using Judge.Api.Health;
using Judge.Api.Uploads;
using Judge.Api.Services;
using Judge.Api.Sessions;
using Judge.Api.Submissions;
using Judge.Api.Validation;
using Judge.Api.Telemetry;
using Judge.Storage;
using Judge.Hosting.Observability;
using Microsoft.Extensions.Options;

namespace Judge.Api;

public static class ApiExtensions
{
    public static IHostApplicationBuilder AddJudgeApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApiOptions>()
            .Bind(builder.Configuration.GetSection(ApiOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.MinTimeLimitMs <= o.MaxTimeLimitMs, "Api:MinTimeLimitMs must not exceed Api:MaxTimeLimitMs")
            .Validate(o => o.MinMemoryLimitMiB <= o.MaxMemoryLimitMiB, "Api:MinMemoryLimitMiB must not exceed Api:MaxMemoryLimitMiB")
            .ValidateOnStart();
        services.AddOptions<AccessOptions>()
            .Bind(builder.Configuration.GetSection(AccessOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccessOptions>, AccessOptionsValidator>();
        services.AddSingleton<ApiKeyRegistry>();
        services.AddOptions<AssessmentOptions>()
            .Bind(builder.Configuration.GetSection(AssessmentOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CandidateTokens>();
        services.AddSingleton<ReviewerTokens>();
        services.AddSingleton<SessionTimelineBuilder>();
        services.AddSingleton<SessionRequestValidator>();
        services.AddSingleton<SessionReportBuilder>();
        services.AddSimilarityReading(builder.Configuration);
        services.AddSingleton<StatementRenderer>();
        services.AddSingleton<ProblemView>();
        services.AddJudgeStorage(builder.Configuration);
        services.AddSingleton(_ => FunctionLanguages.Load());
        builder.AddApiTelemetry();
        services.AddSingleton<SubmitRequestValidator>();
        services.AddSingleton<ProblemModelValidator>();
        services.AddSingleton<ProblemHeaderValidator>();
        services.AddSingleton<SelfCheck>();
        services.AddSingleton<ProblemUploader>();
        services.AddSingleton<SubmissionWatcher>();
        services.AddRetentionSweeper();
        services.AddSingleton<SubmissionIntake>();
        services.AddGrpc(options =>
        {
            options.Interceptors.Add<RequestMetricsInterceptor>();
            options.Interceptors.Add<ErrorMappingInterceptor>();
            options.Interceptors.Add<AccessInterceptor>();
            // Uploads come in chunks of at most 1 MiB; this leaves room for the envelope.
            options.MaxReceiveMessageSize = 2 * 1024 * 1024;
            options.MaxSendMessageSize = 64 * 1024 * 1024;
        });
        services.AddIdeHosting();
        services.AddGrpcReflection();
        // Every gRPC health request runs the checks (no cache), so a Redis outage shows at once.
        services.AddGrpcHealthChecks(options => options.UseHealthChecksCache = false)
            .AddCheck<RedisHealthCheck>("redis", tags: [TelemetryExtensions.ReadyTag]);
        return builder;
    }

    public static WebApplication MapJudgeApi(this WebApplication app)
    {
        app.UseOpsPortSeparation();
        app.UseIdeHosting();
        app.MapGrpcService<ProblemsService>();
        app.MapGrpcService<JudgeService>();
        app.MapGrpcService<AssessmentsService>();
        app.MapCandidateService();
        app.MapReviewService();
        app.MapGrpcHealthChecksService();
        // For Prometheus, load balancers and orchestrators: /metrics; ready while Redis answers; live while the process serves.
        app.MapOpsEndpoints();
        app.MapGrpcReflectionService();
        return app;
    }
}
