using System.Text.Json;
using Judge.Bench;
using Judge.Worker;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

// The worker's own sandbox code without starting the worker (no queue) for the sandbox-level sections;
// the latency, throughput and data-path sections start the whole service themselves.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = "Bench" });
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.AddJudgeWorker();
builder.Services.AddSingleton(sp => new ExampleSources(sp.GetRequiredService<IOptions<LanguageTable>>().Value));
builder.Services.AddSingleton<LanguageBenchmark>();
builder.Services.AddSingleton<OverheadBenchmark>();
builder.Services.AddSingleton<LatencyBenchmark>();
builder.Services.AddSingleton<ThroughputBenchmark>();
builder.Services.AddSingleton<CpuTimeBenchmark>();
builder.Services.AddSingleton<DataPathBenchmark>();
builder.Services.AddSingleton<FunctionBenchmark>();
builder.Services.AddSingleton<ParallelBenchmark>();
builder.Services.AddSingleton<InteractiveBenchmark>();
builder.Services.AddSingleton<ScalingDrill>();
builder.Services.AddSingleton<SoakDrill>();
builder.Services.AddSingleton<SimilarityBenchmark>();
using var host = builder.Build();

var table = host.Services.GetRequiredService<IOptions<LanguageTable>>().Value;
var unknown = options.Languages.Except(table.Keys).ToArray();
if (unknown.Length > 0)
{
    Console.Error.WriteLine($"unknown language(s): {string.Join(", ", unknown)}; known: {string.Join(", ", table.Keys)}");
    return 2;
}
var languages = options.Languages.Count > 0 ? options.Languages : table.Keys.ToArray();
var results = new BenchResults(Environment.ProcessorCount, DateTimeOffset.Now, File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "", options);
var output = Path.GetFullPath(options.Output);
var json = new JsonSerializerOptions { WriteIndented = true };
var token = cancel.Token;

try
{
    if (options.Runs("overhead"))
    {
        results.Overhead = await host.Services.GetRequiredService<OverheadBenchmark>().MeasureAsync(options, token);
        Report(OverheadBenchmark.Table(results.Overhead));
    }
    if (options.Runs("latency"))
    {
        results.Latency = await host.Services.GetRequiredService<LatencyBenchmark>().MeasureAsync(languages, options, token);
        Report(LatencyBenchmark.Table(results.Latency));
    }
    if (options.Runs("throughput"))
    {
        results.Throughput = await host.Services.GetRequiredService<ThroughputBenchmark>().MeasureAsync(languages, options, token);
        Report(ThroughputBenchmark.Table(results.Throughput, results.Cores));
    }
    if (options.Runs("compile"))
    {
        var benchmark = host.Services.GetRequiredService<LanguageBenchmark>();
        results.Compile = [];
        foreach (var language in languages)
        {
            Console.Error.WriteLine($"compile: {language} x{options.Compiles}");
            results.Compile.Add(await benchmark.MeasureAsync(language, options.Compiles, token));
            if (table[language].PrestartCommand.Length > 0)
            {
                results.Compile.Add(await benchmark.MeasureAsync(language, options.Compiles, token, $"{language}, prestarted compiler", prestarted: true));
            }
            if (language == "cpp")
            {
                results.Compile.Add(await benchmark.MeasureAsync(language, options.Compiles, token, "cpp, <bits/stdc++.h>",
                    System.Text.Encoding.ASCII.GetBytes(LanguageBenchmark.CppWholeLibrarySource)));
            }
        }
        Report(LanguageFigures.Table(results.Compile));
    }
    if (options.Runs("cpu"))
    {
        results.CpuTime = await host.Services.GetRequiredService<CpuTimeBenchmark>().MeasureAsync(options, token);
        Report(CpuTimeBenchmark.Table(results.CpuTime));
    }
    if (options.Runs("datapath"))
    {
        results.DataPath = await host.Services.GetRequiredService<DataPathBenchmark>().MeasureAsync(options, token);
        Report(DataPathBenchmark.Table(results.DataPath));
    }
    if (options.Runs("functions"))
    {
        results.Functions = await host.Services.GetRequiredService<FunctionBenchmark>().MeasureAsync(languages, options, token);
        Report(FunctionBenchmark.Table(results.Functions));
    }
    if (options.Runs("parallel"))
    {
        results.Parallel = await host.Services.GetRequiredService<ParallelBenchmark>().MeasureAsync(options, token);
        Report(ParallelBenchmark.Table(results.Parallel));
    }
    if (options.Runs("interactive"))
    {
        results.Interactive = await host.Services.GetRequiredService<InteractiveBenchmark>().MeasureAsync(options, token);
        Report(InteractiveBenchmark.Table(results.Interactive));
    }
    if (options.Runs("similarity"))
    {
        results.Similarity = await host.Services.GetRequiredService<SimilarityBenchmark>().MeasureAsync(options, token);
        foreach (var similarityTable in SimilarityBenchmark.Tables(results.Similarity))
        {
            Report(similarityTable);
        }
    }
    var drillLanguage = options.Languages.FirstOrDefault() ?? "python";
    if (options.Runs("scaling"))
    {
        results.Scaling = await host.Services.GetRequiredService<ScalingDrill>().RunAsync(drillLanguage, options, token);
        Report(ScalingDrill.Table(results.Scaling, results.Cores));
        foreach (var burst in results.Scaling.Where(b => b.Scenario.Contains("killed", StringComparison.Ordinal)))
        {
            Report(ScalingDrill.Timeline(burst));
        }
    }
    if (options.Runs("soak"))
    {
        results.Soak = await host.Services.GetRequiredService<SoakDrill>().RunAsync(drillLanguage, options, token);
        Report(SoakDrill.Table(results.Soak));
    }
}
finally
{
    // Sandboxes this process made directly carry its default worker name; none may outlive it.
    await host.Services.GetRequiredService<DockerSandboxFactory>().RemoveLeftoversAsync(CancellationToken.None);
}
Console.Error.WriteLine($"written to {output}");
return 0;

// Each section's table as soon as it is measured, and the JSON rewritten, so an interrupted run keeps what it has.
void Report(MarkdownTable section)
{
    Console.WriteLine(section);
    File.WriteAllText(output, JsonSerializer.Serialize(results, json));
}
