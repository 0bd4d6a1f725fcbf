using Judge.Contracts.V1;

namespace Judge.Bench;

/// <summary>One timed round of the data-path section.</summary>
/// <param name="SubmitMs">SUBMIT of the large problem, Submit to the final event, milliseconds.</param>
/// <param name="TinyMs">RUN of the tiny problem with the same source, Submit to the final event, milliseconds.</param>
/// <param name="ProgramWallMs">Sum of the large problem's tests' wall_time_ms: the program's own time, milliseconds.</param>
/// <param name="Ratio">(SubmitMs - TinyMs) / ProgramWallMs: what judging costs over the program's own time, a factor.</param>
/// <param name="MegabytesPerSecond">(input + output bytes) / (SubmitMs - TinyMs), in 10^6 bytes per second.</param>
public sealed record DataPathRound(double SubmitMs, double TinyMs, double ProgramWallMs, double Ratio, double MegabytesPerSecond);

/// <summary>The data-path section: the problem's sizes, every round, and the median of each column over the rounds.</summary>
/// <param name="InputBytes">All tests' inputs together, bytes.</param>
/// <param name="OutputBytes">All tests' expected outputs together, bytes.</param>
public sealed record DataPathFigures(int Tests, int InputMiBPerTest, long InputBytes, long OutputBytes, IReadOnlyList<DataPathRound> Rounds, DataPathRound Median);

/// <summary>
/// How fast test data moves between the worker and a program (stdin and stdout are host files bind-mounted into
/// the sandbox): a C++ program echoing every second line, SUBMIT on large numeric inputs through the API,
/// less a RUN of a one-line problem with the same source (queueing, compiling and one test's fixed cost),
/// against the program's own wall time.
/// </summary>
internal sealed class DataPathBenchmark
{
    private const string Language = "cpp";

    /// <summary>Target of (SUBMIT - tiny RUN) / program wall time, a factor.</summary>
    public const double TargetRatio = 1.3;

    /// <summary>Starts the service, uploads both problems, judges each once untimed, then times <see cref="BenchOptions.DataPathRuns"/> rounds.</summary>
    public async Task<DataPathFigures> MeasureAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        await using var service = await BenchService.StartAsync(workers: 1, warmPerLanguage: 2, workerConcurrency: 1, cancellationToken);
        Console.Error.WriteLine($"datapath: uploading {options.DataPathTests} tests x {options.DataPathMiB} MiB");
        var large = await DataPathProblem.PutLargeAsync(service.Problems, options.DataPathTests, options.DataPathMiB, cancellationToken);
        var tiny = await DataPathProblem.PutTinyAsync(service.Problems, cancellationToken);

        // Untimed: the worker fetches the test data into its cache and runs its code paths once.
        await JudgeAsync(service, tiny, SubmitMode.Run, cancellationToken);
        await JudgeAsync(service, large, SubmitMode.Submit, cancellationToken);

        var rounds = new List<DataPathRound>();
        for (var i = 0; i < options.DataPathRuns; i++)
        {
            Console.Error.WriteLine($"datapath: round {i + 1} of {options.DataPathRuns}");
            var baseline = await JudgeAsync(service, tiny, SubmitMode.Run, cancellationToken);
            var judged = await JudgeAsync(service, large, SubmitMode.Submit, cancellationToken);
            var programMs = judged.Final.Tests.Sum(t => (double)t.WallTimeMs);
            var dataPathMs = judged.TotalMs - baseline.TotalMs;
            rounds.Add(new DataPathRound(judged.TotalMs, baseline.TotalMs, programMs, dataPathMs / programMs,
                (large.InputBytes + large.OutputBytes) / 1e6 / (dataPathMs / 1000)));
        }
        var median = new DataPathRound(
            Stats.Median(rounds.Select(r => r.SubmitMs).ToList()), Stats.Median(rounds.Select(r => r.TinyMs).ToList()),
            Stats.Median(rounds.Select(r => r.ProgramWallMs).ToList()), Stats.Median(rounds.Select(r => r.Ratio).ToList()),
            Stats.Median(rounds.Select(r => r.MegabytesPerSecond).ToList()));
        return new DataPathFigures(large.Tests, options.DataPathMiB, large.InputBytes, large.OutputBytes, rounds, median);
    }

    /// <summary>Judges the line filter on <paramref name="problem"/>, insisting every test is judged and accepted.</summary>
    private static async Task<TimedSubmission> JudgeAsync(BenchService service, DataPathProblem problem, SubmitMode mode, CancellationToken cancellationToken)
    {
        var judged = await TimedSubmission.JudgeAsync(service.Judge, problem.Id, Language, DataPathProblem.Solution, mode, cancellationToken);
        return judged.Final.Tests.Count == problem.Tests
            ? judged
            : throw new InvalidOperationException($"{problem.Id}: {judged.Final.Tests.Count} of {problem.Tests} tests judged");
    }

    /// <summary>One row per round and a median row, which carries the target.</summary>
    public static MarkdownTable Table(DataPathFigures figures)
    {
        var table = new MarkdownTable(
            $"Data path: C++ echoing every second line, {figures.Tests} tests x {figures.InputMiBPerTest} MiB " +
            $"({figures.InputBytes / 1048576.0:0} MiB in, {figures.OutputBytes / 1048576.0:0} MiB out), SUBMIT less a tiny RUN",
            "round", "SUBMIT ms", "tiny RUN ms", "program wall ms (sum)", "(SUBMIT - tiny) / program", "MB/s", "target");
        var rounds = figures.Rounds.Select((r, i) => (Name: $"{i + 1}", Round: r)).Append(("median", figures.Median));
        foreach (var (name, r) in rounds)
        {
            var target = name == "median" ? Target.AtMost(r.Ratio, TargetRatio, $"<= {TargetRatio:0.0}x") : "";
            table.Row(name, r.SubmitMs, r.TinyMs, r.ProgramWallMs, $"{r.Ratio:0.00}x", r.MegabytesPerSecond, target);
        }
        return table;
    }
}
