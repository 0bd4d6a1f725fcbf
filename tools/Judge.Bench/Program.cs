using System.Text.Json;
using Judge.Bench;
using Judge.Worker;
using Judge.Worker.Languages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// Uses the worker's own sandbox code without starting the worker: no Redis, no queue.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, EnvironmentName = "Bench" });
builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Polly", LogLevel.Warning);
builder.AddJudgeWorker();
builder.Services.AddSingleton<LanguageBenchmark>();
using var host = builder.Build();

var table = host.Services.GetRequiredService<IOptions<LanguageTable>>().Value;
var examples = Environment.GetEnvironmentVariable("JUDGE_EXAMPLES") ?? Path.Combine(Directory.GetCurrentDirectory(), "examples", "sum");
var languages = args.Length > 0 ? args : table.Keys.ToArray();
var benchmark = host.Services.GetRequiredService<LanguageBenchmark>();

var rows = new List<LanguageFigures>();
foreach (var language in languages)
{
    Console.Error.WriteLine($"measuring {language} ...");
    rows.Add(await benchmark.MeasureAsync(language, examples, CancellationToken.None));
}

Console.WriteLine(LanguageFigures.MarkdownTable(rows));
var json = Path.Combine(Directory.GetCurrentDirectory(), "bench-results.json");
await File.WriteAllTextAsync(json, JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
Console.Error.WriteLine($"written to {json}");
