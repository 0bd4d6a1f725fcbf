using Google.Protobuf.WellKnownTypes;
using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Worker.Telemetry;

namespace Judge.Worker.Judging;

/// <summary>
/// Writes one attempt's progress: each write carries the attempt and a growing sequence number, so
/// writes apply in order and a superseded attempt (another worker took the job over) stops soon.
/// Test results are written in the background while the next tests run: one write at a time, each
/// taking every result that arrived meanwhile, so fast tests share writes. Every other write waits
/// for them first. Each sequence number is used by one write only, which is what lets a retried
/// write whose first run was applied (its reply lost) be told apart from a stale one.
/// </summary>
internal sealed class ProgressReporter : ITestProgress
{
    private readonly ISubmissionStateWriter _store;
    private readonly WorkerTelemetry _telemetry;
    private readonly CancellationToken _cancellationToken;
    private readonly object _gate = new();
    private readonly List<TestResult> _unwritten = [];
    private uint _sequence;
    private Task _testWrites = Task.CompletedTask;
    private bool _writing;

    public ProgressReporter(ISubmissionStateWriter store, WorkerTelemetry telemetry, Submission queued, uint attempt, CancellationToken cancellationToken)
    {
        _store = store;
        _telemetry = telemetry;
        _cancellationToken = cancellationToken;
        State = queued.Clone();
        State.Attempt = attempt;
        State.Tests.Clear();
        State.Verdict = Verdict.Unspecified;
        State.Score = 0;
        State.Groups.Clear();
        State.CompileOutput = "";
        State.Message = "";
    }

    /// <summary>The attempt's state; change it only between calls, from the judging flow.</summary>
    public Submission State { get; }

    public async Task StatusAsync(SubmissionStatus status)
    {
        await FlushAsync();
        State.Status = status;
        await WriteAsync(State, [new SubmissionEvent { Status = new StatusChanged { Status = status, Attempt = State.Attempt } }], false);
    }

    /// <summary>Adds the test's result and has it written soon; throws if an earlier write was refused.</summary>
    public void Test(TestResult result)
    {
        lock (_gate)
        {
            if (_testWrites.IsFaulted)
            {
                _testWrites.GetAwaiter().GetResult();
            }
            State.Tests.Add(result);
            _unwritten.Add(result);
            if (!_writing)
            {
                _writing = true;
                _testWrites = WriteTestsAsync();
            }
        }
    }

    public Task CompilationFailedAsync(string compilerOutput)
    {
        State.CompileOutput = compilerOutput;
        return FinishAsync(Verdict.CompilationError);
    }

    public Task InternalErrorAsync(string message)
    {
        State.Message = message;
        return FinishAsync(Verdict.InternalError);
    }

    /// <summary>Stores the final state with the grader's score, verdict and group results.</summary>
    public Task CompletedAsync(GradeSummary summary)
    {
        State.Score = summary.Score;
        State.Groups.Clear();
        State.Groups.Add(summary.Groups);
        return FinishAsync(summary.Verdict);
    }

    private async Task FinishAsync(Verdict verdict)
    {
        await FlushAsync();
        State.Verdict = verdict;
        State.Status = SubmissionStatus.Finished;
        State.FinishedAt = Timestamp.FromDateTime(DateTime.UtcNow);
        await WriteAsync(State, [new SubmissionEvent { Final = State.Clone() }], true);
        _telemetry.Judged(State);
    }

    private Task FlushAsync()
    {
        lock (_gate)
        {
            return _testWrites;
        }
    }

    private async Task WriteTestsAsync()
    {
        await Task.Yield();
        while (true)
        {
            Submission snapshot;
            List<SubmissionEvent> changes;
            lock (_gate)
            {
                if (_unwritten.Count == 0)
                {
                    _writing = false;
                    return;
                }
                snapshot = State.Clone();
                changes = _unwritten.Select(test => new SubmissionEvent { Test = test }).ToList();
                _unwritten.Clear();
            }
            try
            {
                await WriteAsync(snapshot, changes, false);
            }
            catch
            {
                lock (_gate)
                {
                    _writing = false;
                }
                throw;
            }
        }
    }

    private async Task WriteAsync(Submission state, IReadOnlyList<SubmissionEvent> changes, bool isFinal)
    {
        var outcome = await _store.WriteAsync(state, changes, Interlocked.Increment(ref _sequence), isFinal, _cancellationToken);
        if (outcome != SubmissionStore.WriteOutcome.Applied)
        {
            throw new AttemptSupersededException(State.Id, State.Attempt, outcome);
        }
    }
}

/// <summary>The submission is final already, or a later attempt owns it: stop without acknowledging.</summary>
internal sealed class AttemptSupersededException(string submissionId, uint attempt, SubmissionStore.WriteOutcome outcome)
    : Exception($"submission {submissionId} attempt {attempt}: write refused ({outcome})");
