using Google.Protobuf.WellKnownTypes;
using Judge.Contracts.V1;
using Judge.Storage;

namespace Judge.Worker.Judging;

/// <summary>
/// Writes one attempt's progress: each write carries the attempt and a growing sequence number, so
/// writes apply in order and a superseded attempt (another worker took the job over) stops at once.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly SubmissionStore _store;
    private uint _sequence;

    public ProgressReporter(SubmissionStore store, Submission queued, uint attempt)
    {
        _store = store;
        State = queued.Clone();
        State.Attempt = attempt;
        State.Tests.Clear();
        State.Verdict = Verdict.Unspecified;
        State.Score = 0;
        State.CompileOutput = "";
        State.Message = "";
    }

    public Submission State { get; }

    public Task StatusAsync(SubmissionStatus status, CancellationToken cancellationToken)
    {
        State.Status = status;
        return WriteAsync(new SubmissionEvent { Status = new StatusChanged { Status = status, Attempt = State.Attempt } }, false, cancellationToken);
    }

    public Task TestAsync(TestResult result, CancellationToken cancellationToken)
    {
        State.Tests.Add(result);
        return WriteAsync(new SubmissionEvent { Test = result }, false, cancellationToken);
    }

    public Task CompilationFailedAsync(string compilerOutput, CancellationToken cancellationToken)
    {
        State.CompileOutput = compilerOutput;
        return FinishAsync(Verdict.CompilationError, cancellationToken);
    }

    public Task InternalErrorAsync(string message, CancellationToken cancellationToken)
    {
        State.Message = message;
        return FinishAsync(Verdict.InternalError, cancellationToken);
    }

    public Task CompletedAsync(CancellationToken cancellationToken)
    {
        State.Score = (uint)State.Tests.Sum(t => (long)t.Points);
        return FinishAsync(Verdicts.Overall(State.Tests), cancellationToken);
    }

    private Task FinishAsync(Verdict verdict, CancellationToken cancellationToken)
    {
        State.Verdict = verdict;
        State.Status = SubmissionStatus.Finished;
        State.FinishedAt = Timestamp.FromDateTime(DateTime.UtcNow);
        return WriteAsync(new SubmissionEvent { Final = State.Clone() }, true, cancellationToken);
    }

    private async Task WriteAsync(SubmissionEvent change, bool isFinal, CancellationToken cancellationToken)
    {
        var outcome = await _store.WriteAsync(State, change, ++_sequence, isFinal, cancellationToken);
        if (outcome != SubmissionStore.WriteOutcome.Applied)
        {
            throw new AttemptSupersededException(State.Id, State.Attempt, outcome);
        }
    }
}

/// <summary>The submission is final already, or a later attempt owns it: stop without acknowledging.</summary>
internal sealed class AttemptSupersededException(string submissionId, uint attempt, SubmissionStore.WriteOutcome outcome)
    : Exception($"submission {submissionId} attempt {attempt}: write refused ({outcome})");
