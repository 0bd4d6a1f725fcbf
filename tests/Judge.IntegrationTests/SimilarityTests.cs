using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Judge.Contracts.V1;
using AssessmentsClient = Judge.Contracts.V1.Assessments.AssessmentsClient;
using CandidateClient = Judge.Contracts.V1.Candidate.CandidateClient;

namespace Judge.IntegrationTests;

/// <summary>
/// Similarity across candidates through the real API, Redis, a worker and its indexer (the native parser built by
/// ./judge test): a SUBMIT is fingerprinted in the background after it is queued; a disguised copy by another
/// candidate shows in both reports and in GetSimilarity with its matched lines; an independent solution, the same
/// candidate's other session, RUNs and another key's sessions do not.
/// </summary>
[NonParallelizable]
public class SimilarityTests
{
    private const string Original = """
        import sys

        def main():
            data = sys.stdin.read().split()
            numbers = [int(x) for x in data]
            total = 0
            for value in numbers:
                if value > 0:
                    total += value
            print(total)

        main()
        """;

    private const string Copy = """
        import sys

        # sums the positive numbers
        def run():
            tokens = sys.stdin.read().split()
            nums = [int(t) for t in tokens]
            acc = 0
            unused = 3
            for n in nums:
                if 0 < n:
                    acc = acc + n
            print(acc)

        run()
        """;

    private const string Independent = """
        print(sum(max(0, int(tok)) for tok in open(0).read().split()))
        """;

    /// <summary>The indexer polls every second; this only bounds a hang.</summary>
    private static readonly TimeSpan IndexTimeout = TimeSpan.FromMinutes(3);

    private JudgeHarness _judge = null!;
    private AssessmentsClient _assessments = null!;
    private AssessmentsClient _otherAssessor = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Assessments:SubmitInterval"] = "00:00:00", ["Similarity:ClaimAfter"] = "00:00:01",
        }, captureLogs: true);
        _assessments = new AssessmentsClient(_judge.WithKey(JudgeHarness.AssessorKey));
        _otherAssessor = new AssessmentsClient(_judge.WithKey(JudgeHarness.OtherAssessorKey));
        await _judge.Problems.PutAsync("positive-sum", [ProblemTest.Text("1 -2 3\n", "4\n", sample: true), ProblemTest.Text("5 5\n", "10\n")]);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private async Task<(AssessmentSession Session, string SubmissionId)> SubmitAsync(AssessmentsClient assessor, string candidateRef, string source, SubmitMode mode = SubmitMode.Submit)
    {
        var session = await assessor.CreateSessionAsync(new CreateSessionRequest
        {
            CandidateRef = candidateRef,
            ProblemIds = { "positive-sum" },
            Languages = { "python" },
            Duration = Duration.FromTimeSpan(TimeSpan.FromMinutes(30)),
        });
        var candidate = new CandidateClient(_judge.WithToken(session.CandidateToken));
        var submitted = await candidate.SubmitAsync(SubmissionCalls.Request("positive-sum", "python", source, mode));
        return (session, submitted.SubmissionId);
    }

    private async Task<SimilarityReport> WaitIndexedAsync(AssessmentsClient assessor, uint count)
    {
        var deadline = DateTime.UtcNow + IndexTimeout;
        while (true)
        {
            var report = await assessor.GetSimilarityAsync(new GetSimilarityRequest { ProblemId = "positive-sum", MinSimilarity = 0.01 });
            if (report.Indexed >= count || DateTime.UtcNow > deadline)
            {
                return report;
            }
            await Task.Delay(200);
        }
    }

    [Test]
    public async Task A_disguised_copy_by_another_candidate_is_found_on_both_sides_with_its_lines_and_nothing_else_is()
    {
        var original = await SubmitAsync(_assessments, "cand-original", Original);
        var copy = await SubmitAsync(_assessments, "cand-copier", Copy);
        var independent = await SubmitAsync(_assessments, "cand-independent", Independent);
        var sameCandidate = await SubmitAsync(_assessments, "cand-original", Original);
        await SubmitAsync(_assessments, "cand-runner", Original, SubmitMode.Run);
        await SubmitAsync(_otherAssessor, "cand-elsewhere", Original);

        var indexed = await WaitIndexedAsync(_assessments, 4);
        await WaitIndexedAsync(_otherAssessor, 1);
        var all = await _assessments.GetSimilarityAsync(new GetSimilarityRequest { ProblemId = "positive-sum", WithSources = true });
        var copierReport = await _assessments.GetSessionReportAsync(new GetSessionReportRequest { SessionId = copy.Session.Id });
        var originalReport = await _assessments.GetSessionReportAsync(new GetSessionReportRequest { SessionId = original.Session.Id });
        var independentReport = await _assessments.GetSessionReportAsync(new GetSessionReportRequest { SessionId = independent.Session.Id });
        var otherKey = await _otherAssessor.GetSimilarityAsync(new GetSimilarityRequest { ProblemId = "positive-sum", MinSimilarity = 0.01 });
        var printed = new StringWriter();
        var cli = new Judge.Cli.Commands(_judge.WithKey(JudgeHarness.AssessorKey), printed);
        var listed = await cli.RunAsync(["similarity", "positive-sum"]);
        var compared = await cli.RunAsync(["compare", "positive-sum", copy.SubmissionId, original.SubmissionId]);
        var text = printed.ToString();
        var link = await _assessments.CreateReviewerLinkAsync(new CreateReviewerLinkRequest { SessionId = copy.Session.Id });
        var reviewed = (await new Judge.Contracts.V1.Review.ReviewClient(_judge.WithToken(link.Token)).GetReviewAsync(new GetReviewRequest())).Report.Problems.Single();

        var copied = copierReport.Problems.Single().Submissions.Single().Similar;
        Assert.Multiple(() =>
        {
            Assert.That(indexed.Indexed, Is.EqualTo(4), "four SUBMITs of this key's sessions; the RUN is not indexed");
            Assert.That(copied.Select(m => (m.OtherCandidateRef, m.OtherSubmissionId)),
                Is.EquivalentTo(new[] { ("cand-original", original.SubmissionId), ("cand-original", sameCandidate.SubmissionId) }));
            Assert.That(copied.All(m => m.Similarity >= 0.8), Is.True, string.Join(", ", copied.Select(m => m.Similarity)));
            Assert.That(copied[0].Ranges, Is.Not.Empty);
            Assert.That(copied[0].Ranges.All(r => r.FirstLine >= 1 && r.LastLine <= 14 && r.OtherFirstLine >= 1 && r.OtherLastLine <= 12), Is.True, copied[0].Ranges.ToString());
            Assert.That(copierReport.Problems.Single().Signals.ClosestMatch.OtherCandidateRef, Is.EqualTo("cand-original"));
            Assert.That(reviewed.Submissions.Single().Similar, Is.Empty,
                "a reviewer link reads its one session: never another candidate's ref, session or submission (only the key reads similarity)");
            Assert.That(reviewed.Signals.ClosestMatch, Is.Null);
            Assert.That(reviewed.Submissions.Single().Source, Is.Not.Empty, "the session's own report, with sources");
            Assert.That(originalReport.Problems.Single().Submissions.Single().Similar.Select(m => m.OtherSubmissionId), Is.EqualTo(new[] { copy.SubmissionId }),
                "the earlier SUBMIT's report shows the later copy too, and not the same candidate's other session");
            Assert.That(independentReport.Problems.Single().Submissions.Single().Similar, Is.Empty);
            Assert.That(all.Pairs.Select(p => new[] { p.A.CandidateRef, p.B.CandidateRef }.Order().First() + "~" + new[] { p.A.CandidateRef, p.B.CandidateRef }.Order().Last()),
                Is.EquivalentTo(new[] { "cand-copier~cand-original", "cand-copier~cand-original" }));
            Assert.That(all.Pairs.All(p => p.A.Source.Length > 0 && p.B.Source.Length > 0), Is.True);
            Assert.That(all.Clusters.Single().CandidateRefs, Is.EquivalentTo(new[] { "cand-copier", "cand-original" }));
            Assert.That(otherKey.Pairs, Is.Empty, "another key's candidates are compared with its own only");
            Assert.That(otherKey.Indexed, Is.EqualTo(1));
            Assert.That((listed, compared), Is.EqualTo((0, 0)));
            Assert.That(text, Does.Contain("cluster").And.Contain("cand-copier").And.Contain("cand-original"));
            Assert.That(text, Does.Contain("   5| ").And.Contain("acc = acc + n").And.Contain("total += value"),
                "side by side: the copy's line 5 (its first line of logic) is marked matched, both sources are shown");
        });
    }

    [Test]
    public async Task Compare_shows_a_candidates_terminal_escapes_as_text_and_never_sends_them_to_the_reviewers_terminal()
    {
        // A copier's comments reach the reviewer's terminal through compare: ESC [2J clears it, ESC [1A moves the cursor
        // up over the copied lines, and ESC ]52 writes the clipboard.
        var hostile = Original + "# \u001b[2J\u001b[H\u001b[1A\u001b[2K\u001b]52;c;ZWNobyBwd25lZA==\u0007 \u009b31m\u0008\u000b\u000c\n";
        var before = (await _assessments.GetSimilarityAsync(new GetSimilarityRequest { ProblemId = "positive-sum", MinSimilarity = 0.01 })).Indexed;
        var first = await SubmitAsync(_assessments, "cand-escape-1", hostile);
        var second = await SubmitAsync(_assessments, "cand-escape-2", hostile);
        await WaitIndexedAsync(_assessments, before + 2);
        var printed = new StringWriter();
        var cli = new Judge.Cli.Commands(_judge.WithKey(JudgeHarness.AssessorKey), printed);

        var compared = await cli.RunAsync(["compare", "positive-sum", second.SubmissionId, first.SubmissionId]);

        var text = printed.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(compared, Is.Zero, text);
            Assert.That(text, Does.Contain("52;c;ZWNobyBwd25lZA=="), "the comment is shown");
            Assert.That(text.Where(c => char.IsControl(c) && c != '\n').Select(c => (int)c), Is.Empty, text);
        });
    }

    [Test]
    public async Task An_entry_handed_out_more_than_MaxDeliveries_times_is_given_up_not_passed_on()
    {
        // As if three indexers had each taken it and died on it (a program that crashes the parser): read once, claimed three times.
        var redis = await _judge.RedisAsync();
        var queue = _judge.KeyPrefix + "similarity:queue";
        var entryId = (string)(await redis.ExecuteAsync("EVAL", """
            local id = redis.call('XADD', KEYS[1], '*', 'submission', 'poison', 'session', 'none')
            redis.call('XREADGROUP', 'GROUP', 'indexers', 'dead', 'COUNT', '1000', 'STREAMS', KEYS[1], '>')
            for i = 1, 3 do redis.call('XCLAIM', KEYS[1], 'indexers', 'dead', '0', id) end
            return id
            """, 1, queue))!;

        var deadline = DateTime.UtcNow + IndexTimeout;
        while ((long)(await redis.ExecuteAsync("XLEN", queue)) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var left = (long)await redis.ExecuteAsync("XLEN", queue);
        Assert.Multiple(() =>
        {
            Assert.That(left, Is.Zero, "the entry is acknowledged and removed");
            Assert.That(_judge.Logs!.Lines.Any(l => l.Contains("poison was taken 5 times without being indexed; given up", StringComparison.Ordinal)), Is.True,
                string.Join('\n', _judge.Logs.Lines.Where(l => l.Contains("Similarity", StringComparison.Ordinal)).Take(20)) + $" (entry {entryId})");
        });
    }

    [Test]
    public void Bad_similarity_requests_name_the_field()
    {
        var outOfRange = Assert.ThrowsAsync<RpcException>(async () => await _assessments.GetSimilarityAsync(new GetSimilarityRequest { ProblemId = "positive-sum", MinSimilarity = 1.5 }));
        var missing = Assert.ThrowsAsync<RpcException>(async () => await _assessments.GetSimilarityAsync(new GetSimilarityRequest { ProblemId = "no-such-problem" }));
        var token = Assert.ThrowsAsync<RpcException>(async () => await _assessments.GetSimilarityAsync(new GetSimilarityRequest { ProblemId = "positive-sum", PageToken = "x" }));
        Assert.Multiple(() =>
        {
            Assert.That((outOfRange!.StatusCode, outOfRange.Status.Detail), Is.EqualTo((StatusCode.InvalidArgument, "min_similarity must be within 0..1, not 1.5")));
            Assert.That(missing!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(missing.Status.Detail, Does.StartWith("problem_id"));
            Assert.That(token!.Status.Detail, Does.StartWith("page_token"));
        });
    }
}
