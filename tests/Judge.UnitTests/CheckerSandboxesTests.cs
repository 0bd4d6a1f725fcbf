using Google.Protobuf;
using Judge.Contracts.V1;
using Judge.UnitTests.Fakes;
using Judge.Worker.Checking;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Judge.Storage.Records;

namespace Judge.UnitTests;

/// <summary>
/// The cache of compiled program checkers: one sandbox per problem version, shared (an interactor: one per renter at a
/// time); bounded, least recently used out once no one holds it; every failure path removes the sandbox. Sandboxes are fakes behind the factory seam.
/// </summary>
public class CheckerSandboxesTests
{
    [Test]
    public async Task Submissions_of_one_version_share_one_sandbox_compiled_once()
    {
        var (sandboxes, factory) = Start(capacity: 4);

        await using (var first = await sandboxes.RentAsync(Problem("a"), Program, CancellationToken.None))
        await using (var second = await sandboxes.RentAsync(Problem("a"), Program, CancellationToken.None))
        {
        }
        await using (await sandboxes.RentAsync(Problem("a"), Program, CancellationToken.None))
        {
        }

        Assert.Multiple(() =>
        {
            Assert.That(factory.Created, Has.Count.EqualTo(1));
            Assert.That(factory.Created[0].Compiles, Is.EqualTo(1));
            Assert.That(factory.Created[0].Disposed.Task.IsCompleted, Is.False, "kept warm");
            Assert.That(factory.Factory.Requests.Select(r => r.Role), Is.All.EqualTo(SandboxRole.Checker), "never a candidate's sandbox");
        });
        await sandboxes.StopAsync(CancellationToken.None);
    }

    [Test]
    public async Task Beyond_capacity_the_least_recently_used_goes_once_no_one_holds_it()
    {
        var (sandboxes, factory) = Start(capacity: 2);
        var heldA = await sandboxes.RentAsync(Problem("a"), Program, CancellationToken.None);
        await (await sandboxes.RentAsync(Problem("b"), Program, CancellationToken.None)).DisposeAsync();
        await (await sandboxes.RentAsync(Problem("b"), Program, CancellationToken.None)).DisposeAsync(); // b is now more recent than a
        await (await sandboxes.RentAsync(Problem("c"), Program, CancellationToken.None)).DisposeAsync();
        var a = factory.Created[0];

        Assert.That(a.Disposed.Task.IsCompleted, Is.False, "a is dropped but still held");
        Assert.That(sandboxes.Count, Is.EqualTo(2));
        await heldA.DisposeAsync();
        await a.Disposed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await (await sandboxes.RentAsync(Problem("a"), Program, CancellationToken.None)).DisposeAsync();
        await factory.Created[1].Disposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Multiple(() =>
        {
            Assert.That(factory.Created, Has.Count.EqualTo(4), "a is compiled again, and b, now the least recently used, goes");
            Assert.That(factory.Created[2].Disposed.Task.IsCompleted || factory.Created[3].Disposed.Task.IsCompleted, Is.False, "c and a stay");
        });
        await sandboxes.StopAsync(CancellationToken.None);
        Assert.That(factory.Created.All(s => s.Disposed.Task.IsCompleted), Is.True, "stopping removes the rest");
    }

    [Test]
    public async Task A_checker_that_does_not_compile_is_not_kept_and_its_sandbox_is_removed()
    {
        var (sandboxes, factory) = Start(capacity: 4);
        factory.CompileStatus = RunStatus.NonZeroExit;

        var failure = Assert.ThrowsAsync<CheckerUnavailableException>(async () => await sandboxes.RentAsync(Problem("a"), Program, CancellationToken.None));

        Assert.That(failure!.Message, Does.StartWith("the checker does not compile: check.cpp: check.cpp:1:1: error: nope"));
        await factory.Created[0].Disposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        factory.CompileStatus = RunStatus.Ok;
        await (await sandboxes.RentAsync(Problem("a"), Program, CancellationToken.None)).DisposeAsync();
        Assert.That(factory.Created, Has.Count.EqualTo(2), "the next submission compiles again");
        await sandboxes.StopAsync(CancellationToken.None);
    }

    [Test]
    public async Task A_sandbox_that_broke_while_checking_is_retired_when_handed_back()
    {
        var (sandboxes, factory) = Start(capacity: 4);
        var checker = await sandboxes.RentAsync(Problem("a"), Program, CancellationToken.None);
        factory.Created[0].Healthy = false;

        await checker.DisposeAsync();

        await factory.Created[0].Disposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await (await sandboxes.RentAsync(Problem("a"), Program, CancellationToken.None)).DisposeAsync();
        Assert.That(factory.Created, Has.Count.EqualTo(2));
        await sandboxes.StopAsync(CancellationToken.None);
    }

    [Test]
    public async Task A_sandbox_that_cannot_start_the_checker_is_a_checker_failure_and_is_retired()
    {
        var (sandboxes, factory) = Start(capacity: 4);
        var checker = await sandboxes.RentAsync(Problem("a"), Program, CancellationToken.None);
        factory.Created[0].CheckStatus = RunStatus.InternalError;

        var result = await checker.CheckAsync(new CheckRequest("/dev/null", "/dev/null", "x"u8.ToArray()), CancellationToken.None);
        await checker.DisposeAsync();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.InternalError));
        Assert.That(result.Failure, Does.StartWith("the checker check.cpp could not be run"));
        await factory.Created[0].Disposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await sandboxes.StopAsync(CancellationToken.None);
    }

    [Test]
    public async Task A_check_stages_input_output_and_answer_and_runs_the_checker_on_them()
    {
        var (sandboxes, factory) = Start(capacity: 4);
        await using var checker = await sandboxes.RentAsync(Problem("a"), Program, CancellationToken.None);

        var result = await checker.CheckAsync(new CheckRequest("/cache/0.in", "/cache/0.out", "42\n"u8.ToArray()), CancellationToken.None);

        var run = factory.Created[0].LastCheck!;
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(run.Command, Is.EqualTo(new[] { "/w/checker", "/judge/in/input", "/judge/in/output", "/judge/in/answer" }));
            Assert.That(run.Files.Select(f => (f.Name, f.HostFile)), Is.EqualTo(new[] { ("input", "/cache/0.in"), ("output", (string?)null), ("answer", "/cache/0.out") }));
            Assert.That(run.Files[1].Content.ToArray(), Is.EqualTo("42\n"u8.ToArray()));
            Assert.That(run.CpuTimeLimit, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(run.MemoryLimitBytes, Is.EqualTo(256L << 20));
        });
        await sandboxes.StopAsync(CancellationToken.None);
    }

    [Test]
    public async Task An_interactor_is_its_renters_own_while_rented_and_an_idle_one_is_rented_again()
    {
        var (sandboxes, factory) = Start(capacity: 4);
        var interactor = CheckerProgram.Interactor(new InteractorSettings { MainFile = "interactor.cpp" });

        await using (var first = await sandboxes.RentProgramAsync(Problem("a"), interactor, CancellationToken.None))
        await using (var second = await sandboxes.RentProgramAsync(Problem("a"), interactor, CancellationToken.None))
        {
            Assert.That(second.Program, Is.Not.SameAs(first.Program), "a submission holding an interactor holds up no other");
        }
        await using (var third = await sandboxes.RentProgramAsync(Problem("a"), interactor, CancellationToken.None))
        {
        }

        Assert.Multiple(() =>
        {
            Assert.That(factory.Created, Has.Count.EqualTo(2), "the third rental took an idle one");
            Assert.That(factory.Created.Select(c => c.Compiles), Is.All.EqualTo(1));
        });
        await sandboxes.StopAsync(CancellationToken.None);
    }

    [Test]
    public async Task Stopping_removes_held_sandboxes_and_refuses_new_rentals()
    {
        var (sandboxes, factory) = Start(capacity: 4);
        await sandboxes.RentAsync(Problem("a"), Program, CancellationToken.None);

        await sandboxes.StopAsync(CancellationToken.None);

        Assert.That(factory.Created[0].Disposed.Task.IsCompleted, Is.True);
        Assert.ThrowsAsync<ObjectDisposedException>(async () => await sandboxes.RentAsync(Problem("b"), Program, CancellationToken.None));
    }

    private static readonly CheckerProgram Program = CheckerProgram.For(Checker.Testlib, new CheckerSettings { MainFile = "check.cpp" })!;

    private static StoredProblem Problem(string id) => new()
    {
        Header = new ProblemHeader
        {
            Id = id,
            Checker = Checker.Testlib,
            CheckerSettings = new CheckerSettings { MainFile = "check.cpp", Files = { new SourceFile { Name = "check.cpp", Content = ByteString.CopyFromUtf8("int main() {}") } } },
        },
        Version = 1,
        UploadId = "u1",
    };

    private static (CheckerSandboxes, FakeFactory) Start(int capacity)
    {
        var factory = new FakeFactory();
        var languages = new LanguageTable { ["cpp"] = new LanguageDefinition { Image = "judge/sandbox-cpp", SourceFile = "main.cpp", RunCommand = ["/w/main"] } };
        var workerOptions = Options.Create(new WorkerOptions { CheckerSandboxes = capacity });
        var sandboxOptions = Options.Create(new SandboxOptions());
        var budget = new CpuBudget(new FakeSandboxEngine(2), workerOptions, sandboxOptions, TestTelemetry.Create(), NullLogger<CpuBudget>.Instance);
        var compiler = new CheckerCompiler(factory.Factory, Options.Create(languages), workerOptions, sandboxOptions, budget, NullLogger<CheckerCompiler>.Instance);
        return (new CheckerSandboxes(compiler, workerOptions, NullLogger<CheckerSandboxes>.Instance), factory);
    }

    /// <summary>Checker sandboxes that compile (g++) with <see cref="CompileStatus"/> and check with each sandbox's <see cref="CheckerSandbox.CheckStatus"/>.</summary>
    private sealed class FakeFactory
    {
        public FakeSandboxFactory Factory { get; } = new();
        public List<CheckerSandbox> Created { get; } = [];
        public RunStatus CompileStatus { get; set; } = RunStatus.Ok;

        public FakeFactory() => Factory.Configure = sandbox =>
        {
            var checker = new CheckerSandbox(sandbox);
            sandbox.OnExec = request => checker.Exec(request, CompileStatus);
            lock (Created)
            {
                Created.Add(checker);
            }
        };
    }

    private sealed class CheckerSandbox(FakeSandbox sandbox)
    {
        public int Compiles { get; private set; }
        public RunStatus CheckStatus { get; set; } = RunStatus.Ok;
        public ExecRequest? LastCheck { get; private set; }
        public TaskCompletionSource Disposed => sandbox.Disposed;
        public bool Healthy { set => sandbox.Healthy = value; }

        public ExecResult Exec(ExecRequest request, RunStatus compileStatus)
        {
            if (request.Command[0] == "/usr/bin/g++")
            {
                Compiles++;
                return new ExecResult
                {
                    Status = compileStatus,
                    ExitCode = compileStatus == RunStatus.Ok ? 0 : 1,
                    Stderr = "check.cpp:1:1: error: nope\n"u8.ToArray(),
                };
            }
            LastCheck = request;
            return new ExecResult { Status = CheckStatus, Stderr = "ok\n"u8.ToArray(), Message = "exec failed" };
        }
    }
}
