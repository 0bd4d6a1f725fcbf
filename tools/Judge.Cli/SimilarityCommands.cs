using System.Globalization;
using Judge.Contracts.V1;

namespace Judge.Cli;

/// <summary>Similarity across candidates: a problem's pairs and clusters, and two submissions side by side.</summary>
public sealed partial class Commands
{
    private const int ColumnWidth = 60;

    private async Task<int> SimilarityAsync(string problemId, string[] flags)
    {
        var assessments = AssessmentsClient;
        var request = new GetSimilarityRequest
        {
            ProblemId = problemId,
            Language = Flag(flags, "--language") ?? "",
            MinSimilarity = Flag(flags, "--min") is { } min ? double.Parse(min, CultureInfo.InvariantCulture) : 0,
            PageSize = 100,
        };
        var first = true;
        do
        {
            var report = await assessments.GetSimilarityAsync(request);
            if (first)
            {
                await output.WriteLineAsync($"{problemId}: {Count(report.Indexed, "SUBMIT")} indexed, {report.Pending} waiting; pairs at or above {report.MinSimilarity:0.00}");
                foreach (var cluster in report.Clusters)
                {
                    await output.WriteLineAsync($"  cluster (max {cluster.MaxSimilarity:0.00}): {string.Join(", ", cluster.CandidateRefs)}");
                }
                first = false;
            }
            foreach (var pair in report.Pairs)
            {
                var lines = string.Join(", ", pair.Ranges.Select(r => $"{r.FirstLine}-{r.LastLine}~{r.OtherFirstLine}-{r.OtherLastLine}"));
                await output.WriteLineAsync($"  {pair.Similarity:0.00}  {Side(pair.A)}  ~  {Side(pair.B)}  lines {lines}");
            }
            request.PageToken = report.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return 0;

        static string Side(SimilarSubmission side) => $"{side.CandidateRef} {side.SubmissionId} ({side.Language})";
    }

    /// <summary>Two submissions side by side, each line numbered, matched lines marked with '|' in the gutter.</summary>
    private async Task<int> CompareAsync(string problemId, string first, string second)
    {
        var assessments = AssessmentsClient;
        var report = await assessments.GetSimilarityAsync(new GetSimilarityRequest
        {
            ProblemId = problemId, SubmissionId = first, WithSources = true, MinSimilarity = 0.01, PageSize = 100,
        });
        var pair = report.Pairs.FirstOrDefault(p => p.A.SubmissionId == second || p.B.SubmissionId == second);
        if (pair is null)
        {
            await output.WriteLineAsync($"no stored pair of {first} and {second} (pairs are stored from Similarity:StoreThreshold up)");
            return 1;
        }
        var (left, right) = pair.A.SubmissionId == first ? (pair.A, pair.B) : (pair.B, pair.A);
        var ranges = pair.A.SubmissionId == first
            ? pair.Ranges.Select(r => (r.FirstLine, r.LastLine, r.OtherFirstLine, r.OtherLastLine))
            : pair.Ranges.Select(r => (r.OtherFirstLine, r.OtherLastLine, r.FirstLine, r.LastLine));
        var matchedLeft = new HashSet<uint>();
        var matchedRight = new HashSet<uint>();
        foreach (var (a1, a2, b1, b2) in ranges)
        {
            for (var line = a1; line <= a2; line++) matchedLeft.Add(line);
            for (var line = b1; line <= b2; line++) matchedRight.Add(line);
        }
        await output.WriteLineAsync($"similarity {pair.Similarity:0.00}; '|' marks matched lines");
        await output.WriteLineAsync($"{Cell($"{left.CandidateRef} {left.SubmissionId} ({left.Language})", ColumnWidth + 6)}   {right.CandidateRef} {right.SubmissionId} ({right.Language})");
        var leftLines = Printable(left.Source.ToStringUtf8());
        var rightLines = Printable(right.Source.ToStringUtf8());
        for (var i = 0; i < Math.Max(leftLines.Length, rightLines.Length); i++)
        {
            var number = (uint)i + 1;
            var l = i < leftLines.Length ? $"{number,4}{(matchedLeft.Contains(number) ? '|' : ' ')} {Cell(leftLines[i], ColumnWidth)}" : Cell("", ColumnWidth + 6);
            var r = i < rightLines.Length ? $"{number,4}{(matchedRight.Contains(number) ? '|' : ' ')} {rightLines[i]}" : "";
            await output.WriteLineAsync($"{l}   {r}".TrimEnd());
        }
        return 0;

        // A candidate's source is printed to the reviewer's terminal: its control characters (ESC sequences that clear
        // the screen, move the cursor over the copied lines or write the clipboard) are shown as U+FFFD, never sent.
        static string[] Printable(string source) => source.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(line => string.Concat(line.Replace("\t", "    ", StringComparison.Ordinal)
                .Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? '\uFFFD' : c)))
            .ToArray();

        static string Cell(string text, int width) => text.Length > width ? text[..(width - 1)] + "…" : text.PadRight(width);
    }
}
