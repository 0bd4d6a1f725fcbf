using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// A RUN followed by a SUBMIT of the same source compiles once: the second takes the compiled program from the worker's
/// cache, unpacked into its sandbox, and judges the same; another source compiles anew.
/// </summary>
[NonParallelizable]
public class CompiledProgramCacheTests
{
    private static readonly string[] CompiledLanguages = ["cpp", "java", "go", "typescript", "csharp"];

    private JudgeHarness _judge = null!;
    private WorkerCounter _hits = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _hits = new WorkerCounter("judge.compile.cache_hits");
        _judge = await JudgeHarness.StartAsync(workers: 0);
        var languages = new Dictionary<string, string?>();
        for (var i = 0; i < CompiledLanguages.Length; i++)
        {
            languages[$"Worker:Languages:{i}"] = CompiledLanguages[i];
        }
        await _judge.StartWorkerAsync(overrides: languages);
        await _judge.WaitForLanguagesAsync(CompiledLanguages);
        await _judge.Problems.PutAsync("cached-sum", [ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text("20 22\n", "42\n")]);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _judge.DisposeAsync();
        _hits.Dispose();
    }

    [TestCaseSource(nameof(CompiledLanguages))]
    public async Task A_run_then_a_submit_of_the_same_source_compiles_once(string language)
    {
        var source = Programs.Get(language, "sum");
        var run = await _judge.Judge.JudgeAsync("cached-sum", language, source, SubmitMode.Run);
        var hitsAfterRun = _hits.Of(language);
        var submit = await _judge.Judge.JudgeAsync("cached-sum", language, source);
        var hitsAfterSubmit = _hits.Of(language);
        var other = await _judge.Judge.JudgeAsync("cached-sum", language, Programs.Get(language, "wrong"));

        Assert.Multiple(() =>
        {
            Assert.That(run.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(submit.Verdict, Is.EqualTo(Verdict.Accepted), "the cached program runs as the compiled one did");
            Assert.That(submit.Tests, Has.Count.EqualTo(2));
            Assert.That(hitsAfterRun, Is.Zero, "the first compile of this source");
            Assert.That(hitsAfterSubmit, Is.EqualTo(1), "the SUBMIT skipped the compile");
            Assert.That(other.Verdict, Is.EqualTo(Verdict.WrongAnswer), "another source is compiled, not taken from the cache");
            Assert.That(_hits.Of(language), Is.EqualTo(1));
        });
    }
}
