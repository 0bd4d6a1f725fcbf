using Judge.UnitTests.Fakes;
using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Worker.Judging;
using Judge.Worker.Telemetry;

namespace Judge.UnitTests;

/// <summary>
/// The progress reporter against a recording writer (the store's seam, <see cref="ISubmissionStateWriter"/>): every
/// write carries the attempt and a new, growing sequence number; test results reach the store before the final state;
/// a refused write stops the attempt.
/// </summary>
public class ProgressReporterTests
{
    [Test]
    public async Task Writes_carry_growing_sequence_numbers_and_every_test_result_is_written_before_the_final_state()
    {
        var store = new RecordingWriter();
        var reporter = Reporter(store, attempt: 2);

        await reporter.StatusAsync(SubmissionStatus.Running);
        for (var i = 0u; i < 5; i++)
        {
            reporter.Test(new TestResult { Index = i, Verdict = Verdict.Accepted });
        }
        await reporter.CompletedAsync(new GradeSummary(5, Verdict.Accepted, []));

        Assert.Multiple(() =>
        {
            Assert.That(store.Writes.Select(w => w.Sequence), Is.Ordered.Ascending.And.Unique);
            Assert.That(store.Writes.Select(w => w.State.Attempt), Is.All.EqualTo(2u));
            Assert.That(store.Writes.SelectMany(w => w.Changes).Where(c => c.Test is not null).Select(c => c.Test.Index),
                Is.EqualTo(new uint[] { 0, 1, 2, 3, 4 }), "each result once, in order");
            Assert.That(store.Writes[^1].IsFinal, Is.True);
            Assert.That(store.Writes.Take(store.Writes.Count - 1).Any(w => w.IsFinal), Is.False);
            Assert.That(store.Writes[^1].State.Tests, Has.Count.EqualTo(5));
            Assert.That(store.Writes[^1].State.Verdict, Is.EqualTo(Verdict.Accepted));
        });
    }

    [Test]
    public void A_refused_write_stops_the_attempt()
    {
        var store = new RecordingWriter { Outcome = SubmissionStore.WriteOutcome.Stale };
        var reporter = Reporter(store, attempt: 1);

        Assert.ThrowsAsync<AttemptSupersededException>(() => reporter.StatusAsync(SubmissionStatus.Running));
    }

    [Test]
    public async Task A_new_attempt_starts_from_a_clean_state()
    {
        var queued = new Submission { Id = "s", Status = SubmissionStatus.Running, Verdict = Verdict.WrongAnswer, Score = 3, Message = "old" };
        queued.Tests.Add(new TestResult { Index = 0 });
        var store = new RecordingWriter();
        var reporter = new ProgressReporter(store, Telemetry(), queued, 3, CancellationToken.None);

        await reporter.StatusAsync(SubmissionStatus.Compiling);

        Assert.That(store.Writes[0].State, Has.Property(nameof(Submission.Tests)).Empty
            .And.Property(nameof(Submission.Verdict)).EqualTo(Verdict.Unspecified)
            .And.Property(nameof(Submission.Message)).Empty
            .And.Property(nameof(Submission.Attempt)).EqualTo(3u));
    }

    private static ProgressReporter Reporter(RecordingWriter store, uint attempt) =>
        new(store, Telemetry(), new Submission { Id = "s", Status = SubmissionStatus.Queued }, attempt, CancellationToken.None);

    private static WorkerTelemetry Telemetry() => TestTelemetry.Create();

    private sealed class RecordingWriter : ISubmissionStateWriter
    {
        public List<(Submission State, List<SubmissionEvent> Changes, uint Sequence, bool IsFinal)> Writes { get; } = [];
        public SubmissionStore.WriteOutcome Outcome { get; init; } = SubmissionStore.WriteOutcome.Applied;

        public async Task<SubmissionStore.WriteOutcome> WriteAsync(Submission state, IReadOnlyList<SubmissionEvent> changes, uint sequence, bool isFinal,
            CancellationToken cancellationToken)
        {
            await Task.Yield();
            lock (Writes)
            {
                Writes.Add((state.Clone(), changes.ToList(), sequence, isFinal));
            }
            return Outcome;
        }
    }
}
