using Judge.Contracts.V1;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Judge.IntegrationTests;

/// <summary>
/// C#'s compiler is started in each sandbox while it waits in the pool (the runner's PRESTART), warms up, and takes the
/// compile command of the submission that rents the sandbox from stdin: programs, compile errors and function-style
/// programs (whose command names the harness's main type) come out as from a cold compiler, counted by
/// judge.compile.prestarted.
/// </summary>
[NonParallelizable]
public class PrestartedCompilerTests
{
    private const string Language = "csharp";

    private JudgeHarness _judge = null!;
    private Func<int> _warmSandboxes = null!;
    private WorkerCounter _prestarted = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _prestarted = new WorkerCounter("judge.compile.prestarted");
        _judge = await JudgeHarness.StartAsync(workers: 0);
        // The compile cache would skip the compile of a source seen before.
        var worker = await _judge.StartWorkerAsync(overrides: new Dictionary<string, string?>
        {
            ["Worker:Languages:0"] = Language,
            ["Worker:CompiledProgramCacheMiB"] = "0",
        });
        var pool = worker.Services.GetServices<IHostedService>().OfType<SandboxPool>().Single();
        _warmSandboxes = () => pool.WarmCount(Language);
        await _judge.WaitForLanguagesAsync([Language]);
        await _judge.Problems.PutAsync("prestarted-sum", [ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text("20 22\n", "42\n")]);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _judge.DisposeAsync();
        _prestarted.Dispose();
    }

    /// <summary>Waits for a sandbox (with its prestarted compiler) in the pool, so that the next submission rents one.</summary>
    private async Task WaitForWarmSandboxAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (_warmSandboxes() == 0)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "a warm C# sandbox within a minute");
            await Task.Delay(100);
        }
    }

    [Test]
    public async Task A_program_is_compiled_by_the_prestarted_compiler_and_judged_as_usual()
    {
        await WaitForWarmSandboxAsync();
        var before = _prestarted.Of(Language);

        var result = await _judge.Judge.JudgeAsync("prestarted-sum", Language, Programs.Get(Language, "sum"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
            Assert.That(_prestarted.Of(Language) - before, Is.EqualTo(1), "the compile was the prestarted compiler's");
        });
    }

    [Test]
    public async Task A_compile_error_from_the_prestarted_compiler_reads_as_from_a_cold_one()
    {
        await WaitForWarmSandboxAsync();
        var before = _prestarted.Of(Language);

        var result = await _judge.Judge.JudgeAsync("prestarted-sum", Language, "Console.WriteLine(undefinedName);\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.CompilationError));
            Assert.That(result.CompileOutput, Does.Contain("main.cs(1,19): error CS0103: The name 'undefinedName' does not exist in the current context"));
            Assert.That(result.CompileOutput, Does.Not.Contain("warmup"), "nothing of the warm-up's own compile shows");
            Assert.That(_prestarted.Of(Language) - before, Is.EqualTo(1));
        });
    }
}
