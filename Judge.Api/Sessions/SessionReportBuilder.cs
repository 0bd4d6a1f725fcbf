using Judge.Api.Integrity;
using Judge.Domain;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Judge.Contracts.V1;
using Judge.Api.Similarity;
using Judge.Storage;
using Judge.Storage.Records;
using Microsoft.Extensions.Options;

namespace Judge.Api.Sessions;

/// <summary>
/// The recruiter's report of one session (Assessments.GetSessionReport): the window, extensions, when the candidate first
/// opened it and was last active, and time used (first opening to last activity); per problem whether it was attempted
/// (at least one RUN or SUBMIT), the best finished SUBMIT's score, RUN and SUBMIT counts, every submission oldest first with
/// all its tests' verdicts and figures (not their outputs, which a candidate could make large), its compiler output and
/// its source, the last draft per language, and the signals of what the IDE recorded (<see cref="ProblemSignalsCalculator"/>). A submission that has
/// expired (Retention:Submissions) is left out; the counts are of those still stored.
/// </summary>
public sealed class SessionReportBuilder(SessionStore sessions, SessionDraftStore drafts, SubmissionStore submissions, ProblemStore problems,
    SimilarityReader similarity,
    SessionActivityStore activity, IOptions<AssessmentOptions> options)
{
    public async Task<SessionReport> BuildAsync(SessionRecord record, bool withSources, CancellationToken cancellationToken)
    {
        var id = record.Session.Id;
        var entries = new List<(Submission State, SubmissionJob Job)>();
        foreach (var submissionId in await sessions.SubmissionIdsAsync(id, cancellationToken))
        {
            if (await submissions.FindEntryAsync(submissionId, cancellationToken) is { } entry)
            {
                entries.Add((entry.State, entry.Job));
            }
        }
        var allDrafts = await drafts.ListAsync(id, cancellationToken);
        var events = await activity.ReadAllAsync(id, cancellationToken);
        var markers = entries.Select(e => SubmissionMarkers.Of(e.State, e.Job)).ToList();
        var report = new SessionReport
        {
            Session = SessionView.Of(record),
            Extensions = { await sessions.ExtensionsAsync(id, cancellationToken) },
            RunCount = (uint)entries.Count(e => e.Job.Mode == SubmitMode.Run),
            SubmitCount = (uint)entries.Count(e => e.Job.Mode != SubmitMode.Run),
            TimeUsed = Duration.FromTimeSpan(record.OpenedAt is { } opened && record.ActiveAt is { } active && active > opened ? active - opened : TimeSpan.Zero),
        };
        if (record.OpenedAt is { } openedAt)
        {
            report.FirstOpenedAt = Timestamp.FromDateTimeOffset(openedAt);
        }
        if (record.ActiveAt is { } activeAt)
        {
            report.LastActivityAt = Timestamp.FromDateTimeOffset(activeAt);
        }
        foreach (var problem in record.Session.Problems)
        {
            var mine = entries.Where(e => e.State.ProblemId == problem.ProblemId).ToList();
            var stored = await problems.FindAsync(problem.ProblemId, problem.Version, cancellationToken);
            var submits = mine.Where(e => e.Job.Mode != SubmitMode.Run).ToList();
            var scored = submits.Where(e => e.State.Status == SubmissionStatus.Finished).ToList();
            report.Problems.Add(new ProblemReport
            {
                ProblemId = problem.ProblemId,
                Version = problem.Version,
                MaxScore = stored is null ? 0 : JudgedTests.MaxScore(stored.Header, SubmitMode.Submit),
                BestScore = scored.Count == 0 ? 0 : scored.Max(e => e.State.Score),
                Attempted = mine.Count > 0,
                RunCount = (uint)(mine.Count - submits.Count),
                SubmitCount = (uint)submits.Count,
                Submissions = { mine.Select(e => Summary(e.State, e.Job, withSources)) },
                Drafts = { allDrafts.Where(d => d.ProblemId == problem.ProblemId).Select(d => withSources ? d : WithoutSource(d)) },
                Signals = ProblemSignalsCalculator.Compute(problem.ProblemId, events, markers,
                    allDrafts.Where(d => d.ProblemId == problem.ProblemId).MaxBy(d => d.SavedAt?.ToDateTimeOffset())?.Language, options.Value.BurstPause),
            });
        }
        await AddSimilarityAsync(report, record.Session.CreatedBy, cancellationToken);
        return report;
    }

    /// <summary>Each SUBMIT's closest matches, and each problem's closest one in its signals.</summary>
    private async Task AddSimilarityAsync(SessionReport report, string owner, CancellationToken cancellationToken)
    {
        foreach (var problem in report.Problems)
        {
            foreach (var summary in problem.Submissions.Where(s => s.Mode != SubmitMode.Run))
            {
                summary.Similar.Add(await similarity.MatchesAsync(owner, problem.ProblemId, summary.Id, cancellationToken));
            }
            if (problem.Submissions.SelectMany(s => s.Similar).MaxBy(m => m.Similarity) is { } closest)
            {
                problem.Signals ??= new ProblemSignals();
                problem.Signals.ClosestMatch = closest;
            }
        }
    }

    /// <summary>A test's verdict and figures without what the program printed (a sample's outputs run to 64 KiB each).</summary>
    private static TestResult WithoutOutput(TestResult test)
    {
        var copy = test.Clone();
        copy.Output = ByteString.Empty;
        copy.ErrorOutput = ByteString.Empty;
        copy.ReturnValue = ByteString.Empty;
        copy.ExpectedOutput = ByteString.Empty;
        return copy;
    }

    private static Draft WithoutSource(Draft draft)
    {
        var copy = draft.Clone();
        copy.Source = ByteString.Empty;
        return copy;
    }

    private static SubmissionSummary Summary(Submission state, SubmissionJob job, bool withSource) => new()
    {
        Id = state.Id,
        Language = state.Language,
        Mode = state.Mode,
        Status = state.Status,
        Verdict = state.Verdict,
        Score = state.Score,
        MaxScore = state.MaxScore,
        CreatedAt = state.CreatedAt,
        FinishedAt = state.FinishedAt,
        Tests = { state.Tests.Select(WithoutOutput) },
        CompileOutput = state.CompileOutput,
        CustomInput = job.HasCustomInput,
        Source = withSource ? job.Source : ByteString.Empty,
    };
}
