using System.Text;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Judge.Contracts.V1;
using Judge.Domain.Functions;
using Judge.Storage;
using Judge.Storage.Records;
using Judge.UnitTests.Fakes;
using Judge.Worker.Checking;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Programs;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Judge.UnitTests;

/// <summary>
/// One submission from top to bottom, with the real judging flow (compiler, lease, grader, runners, built-in checker,
/// progress reporter) over fakes of the stores, the pool and the sandbox: what is written, and that every rented
/// sandbox goes back to the pool exactly once, reusable only when judging ended as judging means to.
/// </summary>
public class SubmissionJudgeTests
{
    private static readonly LanguageDefinition Cpp = new()
    {
        Image = "judge/sandbox-cpp",
        SourceFile = "main.cpp",
        CompileCommand = ["/usr/bin/g++", "-o", "/w/main", "/w/main.cpp"],
        RunCommand = ["/w/main"],
    };

    [Test]
    public async Task A_submission_is_compiled_once_judged_on_every_test_and_its_sandbox_goes_back_reusable()
    {
        using var world = new World(program: input => input);

        var outcome = await world.Judge.JudgeAsync("s1", 1, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(JudgeOutcome.Finished));
            Assert.That(world.Final?.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(world.Final?.Tests.Select(t => t.Verdict), Is.EqualTo(new[] { Verdict.Accepted, Verdict.Accepted }));
            Assert.That(world.Final?.Score, Is.EqualTo(2));
            Assert.That(world.Pool.Rented[0].Execs.Count(e => e.Command[0] == "/usr/bin/g++"), Is.EqualTo(1), "compiled once");
            Assert.That(world.Pool.Released.Select(r => r.Reusable), Is.EqualTo(new[] { true }));
            Assert.That(world.Writes.Select(w => w.Sequence), Is.Ordered.Ascending.And.Unique);
        });
    }

    [Test]
    public async Task A_compile_error_is_the_verdict_and_the_sandbox_still_goes_back_reusable()
    {
        using var world = new World(program: input => input, compile: new ExecResult
        {
            Status = RunStatus.NonZeroExit,
            ExitCode = 1,
            Stderr = "main.cpp:1:1: error: expected ';'\n"u8.ToArray(),
        });

        await world.Judge.JudgeAsync("s1", 1, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(world.Final?.Verdict, Is.EqualTo(Verdict.CompilationError));
            Assert.That(world.Final?.CompileOutput, Does.Contain("expected ';'"));
            Assert.That(world.Final?.Tests, Is.Empty);
            Assert.That(world.Pool.Released.Select(r => r.Reusable), Is.EqualTo(new[] { true }));
        });
    }

    [Test]
    public void A_sandbox_that_breaks_while_judging_is_removed_and_the_attempt_fails_to_be_retried()
    {
        using var world = new World(program: _ => throw new SandboxBrokenException("the runner stopped answering"));

        Assert.ThrowsAsync<SandboxBrokenException>(() => world.Judge.JudgeAsync("s1", 1, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(world.Final, Is.Null, "no final state: the job is retried");
            Assert.That(world.Pool.Released.Select(r => r.Reusable), Is.EqualTo(new[] { false }));
        });
    }

    [Test]
    public async Task A_job_in_a_language_this_worker_does_not_serve_is_handed_back_without_renting()
    {
        using var world = new World(program: input => input, language: "cobol");

        var outcome = await world.Judge.JudgeAsync("s1", 1, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(JudgeOutcome.NotServed));
            Assert.That(world.Pool.Rented, Is.Empty);
            Assert.That(world.Writes, Is.Empty);
        });
    }

    [Test]
    public async Task A_submission_that_is_gone_is_dropped()
    {
        using var world = new World(program: input => input);

        var outcome = await world.Judge.JudgeAsync("missing", 1, CancellationToken.None);

        Assert.That(outcome, Is.EqualTo(JudgeOutcome.Gone));
    }

    [Test]
    public async Task A_test_the_runner_reports_starved_is_an_internal_error_saying_the_judge_was_overloaded_with_no_test_data()
    {
        using var world = new World(program: input => input, starved: input => input == "0\n");

        await world.Judge.JudgeAsync("s1", 1, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(world.Final?.Tests.Select(t => t.Verdict), Is.EqualTo(new[] { Verdict.InternalError, Verdict.Skipped }),
                "a machine that starved one test would starve the next: they are skipped");
            Assert.That(world.Final?.Verdict, Is.EqualTo(Verdict.InternalError));
            Assert.That(world.Final?.Message, Is.EqualTo("test 0: the judge was overloaded: the program was run 3 time(s) and each time waited " +
                "for a CPU until the wall clock's furthest extension (10 x its limit); judging stopped; not the candidate's fault"),
                "no figure of the run: a hidden test's exact CPU time would tell of its data");
            Assert.That(world.Final?.Tests[0].CpuWaitMs, Is.EqualTo(9500));
        });
    }

    /// <summary>
    /// A problem of two tests (input i, expected i), a submission "s1" of it, the stores, the pool, and the judge. The
    /// program maps each run's stdin to its stdout; <paramref name="compile"/> answers the compile step; a run whose
    /// input <paramref name="starved"/> picks is reported starved by the runner.
    /// </summary>
    private sealed class World : ISubmissionJobs, IProblemVersions, IDisposable
    {
        private readonly StoredProblem _problem;
        private readonly SubmissionJob _job;

        public World(Func<string, string> program, ExecResult? compile = null, string language = "cpp", Func<string, bool>? starved = null)
        {
            var header = new ProblemHeader { Id = "p", TimeLimitMs = 1000, MemoryLimitMib = 64 };
            for (var i = 0; i < 2; i++)
            {
                header.Tests.Add(new TestCaseHeader { Points = 1, InputSize = 2, ExpectedOutputSize = 2 });
            }
            _problem = new StoredProblem { Header = header, Version = 1, UploadId = "u" };
            _job = new SubmissionJob
            {
                SubmissionId = "s1", ProblemId = "p", ProblemVersion = 1, Language = language, Mode = SubmitMode.Submit,
                Source = ByteString.CopyFromUtf8("int main() {}"), CreatedAt = Timestamp.FromDateTime(DateTime.UtcNow),
            };
            Data = new FakeTestData([("0\n", "0\n"), ("1\n", "1\n")]);
            Pool.Configure = sandbox =>
            {
                sandbox.OnExec = request => request.Command[0] == "/usr/bin/g++"
                    ? compile ?? new ExecResult { Status = RunStatus.Ok }
                    : Run(program, request.StdinFile!, starved);
                sandbox.OnBatchRun = (_, run) => Run(program, run.StdinFile, starved);
            };

            var telemetry = TestTelemetry.Create();
            var sandboxOptions = Options.Create(new SandboxOptions { ParallelTests = 1 });
            var workerOptions = Options.Create(new WorkerOptions { Name = "unit", CompiledProgramCacheMiB = 0 });
            var languages = Options.Create(new LanguageTable { ["cpp"] = Cpp });
            var directories = new WorkerDirectories(workerOptions, NullLogger<WorkerDirectories>.Instance);
            var compiled = new CompiledPrograms(directories, workerOptions, NullLogger<CompiledPrograms>.Instance);
            var budget = new CpuBudget(new FakeSandboxEngine(1), workerOptions, sandboxOptions, telemetry, NullLogger<CpuBudget>.Instance);
            var leases = new ProgramLeases(Pool, new Compiler(sandboxOptions, compiled, budget, telemetry, NullLogger<Compiler>.Instance));
            var programs = new ProgramSources(FunctionLanguages.Load());
            var checkers = new CheckerRegistry(new CheckerSandboxes(
                new CheckerCompiler(new FakeSandboxFactory(), languages, workerOptions, sandboxOptions, budget, NullLogger<CheckerCompiler>.Instance),
                workerOptions, NullLogger<CheckerSandboxes>.Instance));
            var runner = new TestCaseRunner(Data, new InteractiveTestRunner(Data, sandboxOptions), sandboxOptions, telemetry);
            var grader = new Grader(new ParallelTestRunner(runner, NullLogger<ParallelTestRunner>.Instance), Data, NullLogger<Grader>.Instance);
            var parallel = new ParallelSandboxes(Pool, compiled, new FakeSandboxEngine(1), sandboxOptions, workerOptions, NullLogger<ParallelSandboxes>.Instance);
            var references = new ReferenceRunner(leases, programs, languages, sandboxOptions, budget, NullLogger<ReferenceRunner>.Instance);
            var customInput = new CustomInputRun(references, checkers, directories, budget, sandboxOptions, NullLogger<CustomInputRun>.Instance);
            Judge = new SubmissionJudge(this, this, leases, programs, grader, parallel, customInput, checkers, budget, languages, sandboxOptions,
                telemetry, NullLogger<SubmissionJudge>.Instance);
        }

        public SubmissionJudge Judge { get; }
        public FakeSandboxPool Pool { get; } = new();
        public FakeTestData Data { get; }
        public List<(Submission State, uint Sequence, bool IsFinal)> Writes { get; } = [];
        public Submission? Final => Writes.Where(w => w.IsFinal).Select(w => w.State).LastOrDefault();

        public Task<SubmissionJob?> FindJobAsync(string submissionId, CancellationToken cancellationToken) =>
            Task.FromResult(submissionId == _job.SubmissionId ? _job : null);

        public Task<Submission?> FindStateAsync(string submissionId, CancellationToken cancellationToken) =>
            Task.FromResult(submissionId == _job.SubmissionId ? new Submission { Id = submissionId, Status = SubmissionStatus.Queued } : null);

        public Task<StoredProblem?> FindAsync(string problemId, uint version, CancellationToken cancellationToken) =>
            Task.FromResult<StoredProblem?>(problemId == "p" ? _problem : null);

        public Task<SubmissionStore.WriteOutcome> WriteAsync(Submission state, IReadOnlyList<SubmissionEvent> changes, uint sequence, bool isFinal,
            CancellationToken cancellationToken)
        {
            lock (Writes)
            {
                Writes.Add((state.Clone(), sequence, isFinal));
            }
            return Task.FromResult(SubmissionStore.WriteOutcome.Applied);
        }

        public void Dispose() => Data.Dispose();

        private static ExecResult Run(Func<string, string> program, string stdinFile, Func<string, bool>? starved)
        {
            var input = File.ReadAllText(stdinFile);
            return starved?.Invoke(input) == true
                ? new() { Status = RunStatus.WallTimeLimit, Starved = true, Runs = 3, CpuTime = TimeSpan.FromMilliseconds(40), CpuWait = TimeSpan.FromMilliseconds(9500) }
                : new() { Status = RunStatus.Ok, Stdout = Encoding.UTF8.GetBytes(program(input)) };
        }
    }
}
