using Judge.Worker.Programs;
using Judge.Domain.Functions;
using Docker.DotNet;
using Judge.Storage;
using Judge.Worker.Checking;
using Judge.Worker.Functions;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Queue;
using Judge.Worker.Sandbox;
using Judge.Worker.TestData;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;
using Judge.Hosting.Observability;
using Judge.Worker.Health;
using Judge.Worker.Integrity;
using Judge.Worker.Telemetry;

namespace Judge.Worker;

public static class WorkerExtensions
{
    public static IHostApplicationBuilder AddJudgeWorker(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        // The language table ships beside the binary as the lowest-priority source, so appsettings.json
        // and environment variables (Languages__cpp__CompileTimeLimit=...) can override any field.
        var languageTable = new JsonConfigurationSource { Path = Path.Combine(AppContext.BaseDirectory, "languages.json") };
        languageTable.ResolveFileProvider();
        configuration.Sources.Insert(0, languageTable);
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.Languages.All(id => configuration.GetSection($"{LanguageTable.Section}:{id}").Exists()),
                $"{WorkerOptions.Section}:Languages names a language that is not in the language table")
            .ValidateOnStart();
        // The host must wait for in-flight jobs' grace period, the hand-back and the pool's clean-up.
        services.AddOptions<HostOptions>().Configure<IOptions<WorkerOptions>>((host, worker) =>
            host.ShutdownTimeout = worker.Value.ShutdownGrace + TimeSpan.FromSeconds(15));
        services.AddOptions<SandboxOptions>().Bind(configuration.GetSection(SandboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LanguageTable>().Bind(configuration.GetSection(LanguageTable.Section))
            .PostConfigure<IOptions<WorkerOptions>>((table, worker) =>
            {
                // Worker:Languages narrows the table: every part of the worker (pool, registration, judging) sees only these.
                if (worker.Value.Languages.Length > 0)
                {
                    foreach (var id in table.Keys.Except(worker.Value.Languages).ToList())
                    {
                        table.Remove(id);
                    }
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LanguageTable>, LanguageTableValidator>();

        services.AddJudgeStorage(configuration);
        services.AddSingleton(_ => FunctionLanguages.Load());
        builder.AddWorkerTelemetry();
        services.AddWorkerHealth();
        // First started, last stopped: the private directories every other service uses.
        services.AddSingleton<WorkerDirectories>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkerDirectories>());
        services.AddDockerResiliencePipeline();
        services.AddSingleton<IDockerClient>(sp =>
            new DockerClientConfiguration(new Uri(sp.GetRequiredService<IOptions<SandboxOptions>>().Value.DockerEndpoint)).CreateClient());
        services.AddSingleton<DockerSandboxFactory>();
        services.AddSingleton<ISandboxFactory>(sp => sp.GetRequiredService<DockerSandboxFactory>());
        services.AddSingleton<ISandboxEngine, SandboxEngine>();
        services.AddSingleton<CpuBudget>();
        services.AddSingleton(sp => LanguageSandboxes.WarmUp(
            sp.GetRequiredService<IOptions<LanguageTable>>().Value, sp.GetRequiredService<IOptions<SandboxOptions>>().Value));

        services.AddSingleton<TestDataCache>();
        services.AddSingleton<ITestData>(sp => sp.GetRequiredService<TestDataCache>());
        services.AddSingleton<CheckerCompiler>();
        services.AddSingleton<CheckerSandboxes>();
        services.AddSingleton<CheckerRegistry>();
        services.AddSingleton<ProgramSources>();
        services.AddSingleton<CompiledPrograms>();
        services.AddSingleton<Compiler>();
        services.AddSingleton<ProgramLeases>();
        services.AddSingleton<TestCaseRunner>();
        services.AddSingleton<InteractiveTestRunner>();
        services.AddSingleton<Grader>();
        services.AddSingleton<ParallelTestRunner>();
        services.AddSingleton<ParallelSandboxes>();
        services.AddSingleton<ReferenceRunner>();
        services.AddSingleton<CustomInputRun>();
        services.AddSingleton<SubmissionJudge>();
        services.AddSingleton<JobStream>();
        services.AddSingleton<JobSignal>();

        // Started in this order and stopped in reverse: the consumer stops (finishing its jobs)
        // before the checkers' sandboxes and the pool's containers are removed.
        services.AddSingleton<SandboxPool>();
        services.AddSingleton<ISandboxPool>(sp => sp.GetRequiredService<SandboxPool>());
        services.AddHostedService(sp => sp.GetRequiredService<SandboxPool>());
        services.AddHostedService(sp => sp.GetRequiredService<CheckerSandboxes>());
        services.AddSingleton<ServedLanguages>();
        services.AddHostedService<LanguageRegistration>();
        services.AddHostedService<JobConsumer>();
        services.AddSimilarityIndexing(configuration);
        return builder;
    }

    /// <summary>The worker's HTTP side, on its ops port (Kestrel:Endpoints:Ops): GET /metrics, /healthz/ready, /healthz/live.</summary>
    public static WebApplication MapJudgeWorker(this WebApplication app)
    {
        app.UseOpsPortSeparation();
        app.MapOpsEndpoints();
        return app;
    }
}
