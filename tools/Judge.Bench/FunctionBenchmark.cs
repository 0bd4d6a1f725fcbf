using System.Text;
using Judge.Contracts.V1;

namespace Judge.Bench;

/// <summary>One language's figures: the test's median CPU and wall time as a stdin program and as a function, ms.</summary>
/// <param name="Ratio">Function wall time / program wall time: what reading the arguments through the harness costs, a factor.</param>
public sealed record FunctionFigures(string Language, double ProgramCpuMs, double ProgramWallMs, double FunctionCpuMs, double FunctionWallMs, double Ratio, string Note);

/// <summary>
/// Issue 13's parse target: a function-style test of 10^6 ints reaches the function within the time a stdin program
/// takes to read them. Per language, the same numbers are summed by a fast idiomatic stdin program and by the function
/// <c>long sumOf(int[] values)</c> behind the harness; both are judged through the API, and the one test's time
/// (judged by the runner, so queueing and compiling do not count) is compared.
/// </summary>
internal sealed class FunctionBenchmark
{
    public const int Count = 1_000_000;

    /// <summary>Target of function wall time / program wall time, a factor.</summary>
    public const double TargetRatio = 1.0;

    public async Task<List<FunctionFigures>> MeasureAsync(IReadOnlyList<string> languages, BenchOptions options, CancellationToken cancellationToken)
    {
        await using var service = await BenchService.StartAsync(workers: 1, warmPerLanguage: 1, workerConcurrency: 1, cancellationToken);
        var values = Enumerable.Range(0, Count).Select(i => (int)((i * 2654435761L) % 2_000_000_001L - 1_000_000_000L)).ToArray();
        var sum = Encoding.ASCII.GetBytes(values.Sum(v => (long)v) + "\n");
        await ProblemUpload.PutAsync(service.Problems, Header("bench-fn-program", null), [new TestData(Encoding.ASCII.GetBytes($"{Count}\n{string.Join(' ', values)}\n"), sum)], cancellationToken);
        await ProblemUpload.PutAsync(service.Problems, Header("bench-fn-function", new Signature
        {
            FunctionName = "sumOf",
            Parameters = { new Parameter { Name = "values", Type = "int[]" } },
            ReturnType = "long",
        }), [new TestData(Encoding.ASCII.GetBytes($"[{string.Join(',', values)}]\n"), sum)], cancellationToken);

        var figures = new List<FunctionFigures>();
        foreach (var language in languages.Where(FunctionBenchSources.Languages.ContainsKey))
        {
            Console.Error.WriteLine($"functions: {language} x{options.FunctionRuns}");
            var (program, function) = FunctionBenchSources.Languages[language];
            var programRuns = await RunAsync(service, "bench-fn-program", language, program, options.FunctionRuns, cancellationToken);
            var functionRuns = await RunAsync(service, "bench-fn-function", language, function, options.FunctionRuns, cancellationToken);
            if ((programRuns.Failure ?? functionRuns.Failure) is { } failure)
            {
                figures.Add(new FunctionFigures(language, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, failure));
                continue;
            }
            var programWall = Stats.Median(programRuns.Wall);
            var functionWall = Stats.Median(functionRuns.Wall);
            figures.Add(new FunctionFigures(language, Stats.Median(programRuns.Cpu), programWall, Stats.Median(functionRuns.Cpu), functionWall,
                functionWall / programWall, ""));
        }
        return figures;
    }

    private static ProblemHeader Header(string id, Signature? signature) => new()
    {
        Id = id,
        Title = $"Sum of {Count} ints",
        TimeLimitMs = 10_000,
        MemoryLimitMib = 512,
        Tests = { new TestCaseHeader { Points = 1 } },
        Signature = signature,
    };

    private sealed record Runs(List<double> Cpu, List<double> Wall, string? Failure);

    /// <summary>One untimed submission (the worker caches the test data), then <paramref name="count"/> timed ones.</summary>
    private static async Task<Runs> RunAsync(BenchService service, string problem, string language, string source, int count, CancellationToken cancellationToken)
    {
        var runs = new Runs([], [], null);
        for (var i = 0; i <= count; i++)
        {
            var judged = await TimedSubmission.JudgeAsync(service.Judge, problem, language, Encoding.UTF8.GetBytes(source), SubmitMode.Submit, cancellationToken);
            if (judged.Final.Verdict != Verdict.Accepted)
            {
                return runs with { Failure = $"{problem}: {judged.Final.Verdict} {judged.Final.CompileOutput}{judged.Final.Message}".Trim() };
            }
            if (i > 0)
            {
                runs.Cpu.Add(judged.Final.Tests[0].CpuTimeMs);
                runs.Wall.Add(judged.Final.Tests[0].WallTimeMs);
            }
        }
        return runs;
    }

    public static MarkdownTable Table(IReadOnlyList<FunctionFigures> figures)
    {
        var table = new MarkdownTable($"Function-style parse: summing {Count} ints read from stdin by a program, or passed to sumOf(int[]) by the harness (median test times)",
            "language", "program cpu ms", "program wall ms", "function cpu ms", "function wall ms", "function / program", "target");
        foreach (var f in figures)
        {
            table.Row(f.Language, f.ProgramCpuMs, f.ProgramWallMs, f.FunctionCpuMs, f.FunctionWallMs,
                double.IsNaN(f.Ratio) ? "-" : $"{f.Ratio:0.00}x", f.Note.Length > 0 ? f.Note : Target.AtMost(f.Ratio, TargetRatio, $"<= {TargetRatio:0.0}x"));
        }
        return table;
    }
}
