using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Judge.Similarity;
using Judge.Similarity.Comparison;
using Judge.Similarity.Fingerprints;
using Judge.Similarity.Parsing;
using Judge.Testbed;

namespace Judge.Bench;

/// <summary>
/// The similarity section: the detector's accuracy on the corpus (tools/similarity-corpus) beside Dolos's on the same
/// corpus in the same run (tools/similarity-dolos), and its speed: fingerprinting and indexing one submission (p50) and
/// a query against <see cref="BenchOptions.SimilarityIndexSize"/> indexed submissions of one problem.
/// </summary>
internal sealed class SimilarityBenchmark
{
    public async Task<SimilarityFigures> MeasureAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var corpusPath = Path.GetFullPath(options.SimilarityCorpus ?? Path.Combine(Repository.Root, "tools", "similarity-corpus"));
        var corpus = SimilarityCorpus.Load(corpusPath);
        using var library = new TreeSitterLibrary(options.TreeSitterLibrary);
        var defaults = new SimilarityParameters();
        var parameters = new SimilarityParameters(options.SimilarityK ?? defaults.K, options.SimilarityWindow ?? defaults.Window,
            options.SimilarityThreshold ?? defaults.Threshold).Validated();
        var fingerprinter = new Fingerprinter(library, parameters);
        Console.Error.WriteLine($"similarity: {corpus.Folders.Count} problem/family folders, {corpus.Folders.Sum(f => f.Programs.Count)} programs");
        var judge = Score(corpus, fingerprinter);
        var dolos = await DolosAsync(corpusPath, corpus, cancellationToken);
        var speed = Speed(corpus, fingerprinter, options.SimilarityIndexSize);
        return new SimilarityFigures(fingerprinter.Parameters, Accuracy(judge, fingerprinter.Parameters.Threshold),
            Accuracy(judge with { Detector = "Judge, lowest threshold flagging at most 2%" }, judge.ThresholdAtFalsePositives(0.02)), dolos is null ? null : Accuracy(dolos, dolos.BestThreshold()),
            dolos is null ? null : Accuracy(dolos, 0.5), speed);
    }

    /// <summary>Judge's score of every corpus pair.</summary>
    public static DetectorScores Score(SimilarityCorpus corpus, Fingerprinter fingerprinter)
    {
        var pairs = new List<(string?, double)>();
        foreach (var folder in corpus.Folders)
        {
            var stub = fingerprinter.Stub(folder.Family, folder.Stub);
            var prints = folder.Programs.ToDictionary(p => p.Name, p => fingerprinter.Print(folder.Family, Encoding.UTF8.GetBytes(p.Source), stub));
            foreach (var (f, a, b, level) in corpus.Pairs().Where(p => p.Folder == folder))
            {
                pairs.Add((level, PairComparer.Similarity(prints[a.Name], prints[b.Name])));
            }
        }
        return new DetectorScores("Judge", pairs);
    }

    private static async Task<DetectorScores?> DolosAsync(string corpusPath, SimilarityCorpus corpus, CancellationToken cancellationToken)
    {
        var tool = Path.Combine(Repository.Root, "tools", "similarity-dolos");
        if (!File.Exists(Path.Combine(tool, "run")))
        {
            return null;
        }
        var output = Path.Combine(Path.GetTempPath(), $"judge-dolos-{Environment.ProcessId}.json");
        try
        {
            Console.Error.WriteLine("similarity: Dolos on the corpus (tools/similarity-dolos/run; installed on first use)");
            await RunAsync(Path.Combine(tool, "run"), [corpusPath, output], cancellationToken);
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(output, cancellationToken));
            var scores = new Dictionary<(string, string, string, string), double>();
            foreach (var pair in document.RootElement.GetProperty("pairs").EnumerateArray())
            {
                var key = (pair.GetProperty("problem").GetString()!, pair.GetProperty("family").GetString()!, pair.GetProperty("a").GetString()!, pair.GetProperty("b").GetString()!);
                scores[key] = pair.GetProperty("similarity").GetDouble();
            }
            var pairs = corpus.Pairs().Select(p => (p.Level,
                scores.GetValueOrDefault((p.Folder.Problem, p.Folder.Family, p.A.Name, p.B.Name),
                    scores.GetValueOrDefault((p.Folder.Problem, p.Folder.Family, p.B.Name, p.A.Name))))).ToList();
            return new DetectorScores("Dolos", pairs);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or JsonException or KeyNotFoundException or System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"similarity: Dolos did not run: {e.Message}");
            return null;
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static async Task<string> RunAsync(string file, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{file} exited with {process.ExitCode}");
    }

    private static SimilarityAccuracy Accuracy(DetectorScores scores, double threshold) => new(
        scores.Detector, threshold, scores.Auc(),
        SimilarityCorpus.Levels.ToDictionary(l => l.Level, l => scores.Recall(l.Level, threshold)),
        scores.FalsePositives(threshold), scores.Positives.Count(), scores.Negatives.Count());

    /// <summary>
    /// Index <paramref name="size"/> submissions of one problem made from the corpus's programs of one family (each a
    /// program with a fifth of its lines left out at random, so no two are alike), timing each submission's
    /// fingerprinting plus query plus indexing; then time queries against the full index.
    /// </summary>
    private static SimilaritySpeed Speed(SimilarityCorpus corpus, Fingerprinter fingerprinter, int size)
    {
        var folders = corpus.Folders.GroupBy(f => f.Family).OrderByDescending(g => g.Count()).First();
        var sources = folders.SelectMany(f => f.Programs.Select(p => p.Source)).ToArray();
        var stub = fingerprinter.Stub(folders.Key, folders.First().Stub);
        var random = new Random(24);
        var index = new SimilarityIndex<int>();
        var indexing = new List<double>(size);
        var threshold = fingerprinter.Parameters.Threshold;
        for (var i = 0; i < size; i++)
        {
            var lines = sources[random.Next(sources.Length)].Split('\n');
            var variant = Encoding.UTF8.GetBytes(string.Join('\n', lines.Where(_ => random.Next(5) != 0)));
            var watch = Stopwatch.StartNew();
            var print = fingerprinter.Print(folders.Key, variant, stub);
            index.Closest(print, threshold, 5, _ => true);
            index.Add(i, print);
            indexing.Add(watch.Elapsed.TotalMilliseconds);
        }
        var queries = new List<double>();
        foreach (var source in sources.Take(100))
        {
            var print = fingerprinter.Print(folders.Key, Encoding.UTF8.GetBytes(source), stub);
            var watch = Stopwatch.StartNew();
            index.Closest(print, threshold, 5, _ => true);
            queries.Add(watch.Elapsed.TotalMilliseconds);
        }
        return new SimilaritySpeed(folders.Key, size, Stats.Percentile(indexing, 50), Stats.Percentile(indexing, 99),
            Stats.Percentile(queries, 50), Stats.Percentile(queries, 99));
    }

    public static IEnumerable<MarkdownTable> Tables(SimilarityFigures figures)
    {
        var accuracy = new MarkdownTable("similarity: copies found per obfuscation level and independent pairs flagged (tools/similarity-corpus)",
            ["detector", "threshold", "AUC", .. SimilarityCorpus.Levels.Select(l => $"{l.Level}: {l.Meaning}"), "independent pairs flagged", "copies / independent pairs"]);
        foreach (var row in new[] { figures.Judge, figures.JudgeAtTwoPercent, figures.DolosBest, figures.DolosHalf }.OfType<SimilarityAccuracy>())
        {
            accuracy.Row([row.Detector, row.Threshold, row.Auc, .. SimilarityCorpus.Levels.Select(l => Percent(row.Recall[l.Level])), Percent(row.FalsePositives), $"{row.Copies} / {row.Independent}"]);
        }
        yield return accuracy;
        var judge = figures.Judge;
        yield return new MarkdownTable("similarity: Judge at its threshold against the targets", "figure", "Judge", "target", "")
            .Row("AUC", judge.Auc, "≥ 0.95", Met(judge.Auc >= 0.95))
            .Row("independent pairs flagged", Percent(judge.FalsePositives), "≤ 2%", Met(judge.FalsePositives <= 0.02))
            .Row("reordered copies found (L3)", Percent(judge.Recall["L3"]), "≥ 95%", Met(judge.Recall["L3"] >= 0.95))
            .Row("dead code and rewritten loops found (L4)", Percent(judge.Recall["L4"]), "≥ 60%", Met(judge.Recall["L4"] >= 0.6));
        var speed = figures.Speed;
        yield return new MarkdownTable($"similarity: speed ({speed.Family}, one problem, {speed.IndexSize} submissions indexed)",
                "figure", "p50 ms", "p99 ms", "target", "")
            .Row("fingerprint + query + index one submission", speed.IndexingP50Ms, speed.IndexingP99Ms, "p50 < 20 ms", Met(speed.IndexingP50Ms < 20))
            .Row($"query against {speed.IndexSize}", speed.QueryP50Ms, speed.QueryP99Ms, "p50 < 100 ms", Met(speed.QueryP50Ms < 100));
    }

    private static string Met(bool met) => met ? "met" : "MISSED";

    private static string Percent(double share) => double.IsNaN(share) ? "-" : $"{share * 100:0}%";
}

internal sealed record SimilarityFigures(SimilarityParameters Parameters, SimilarityAccuracy Judge, SimilarityAccuracy JudgeAtTwoPercent, SimilarityAccuracy? DolosBest, SimilarityAccuracy? DolosHalf, SimilaritySpeed Speed);

internal sealed record SimilarityAccuracy(string Detector, double Threshold, double Auc, IReadOnlyDictionary<string, double> Recall, double FalsePositives, int Copies, int Independent);

internal sealed record SimilaritySpeed(string Family, int IndexSize, double IndexingP50Ms, double IndexingP99Ms, double QueryP50Ms, double QueryP99Ms);
