using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>The worker's test-data cache holds hidden expected outputs: no other host user may read or plant them.</summary>
[NonParallelizable]
public class WorkerDataDirectoryTests
{
    [Test]
    public async Task An_open_data_directory_is_made_private_and_what_was_planted_in_it_is_never_used()
    {
        var data = Path.Combine(Path.GetTempPath(), $"judge-open-data-{Guid.NewGuid():N}");
        const string worker = "planted-worker";
        var planted = Path.Combine(data, worker, "test-data", "sum", "v1-planted");
        Directory.CreateDirectory(planted);
        File.SetUnixFileMode(data, (UnixFileMode)Convert.ToInt32("777", 8));
        await File.WriteAllTextAsync(Path.Combine(planted, "0.out"), "4\n");
        try
        {
            await using var judge = await JudgeHarness.StartAsync(workers: 0, overrides: new Dictionary<string, string?> { ["Worker:DataDirectory"] = data });
            await judge.StartWorkerAsync(worker);
            Assert.Multiple(() =>
            {
                Assert.That(File.GetUnixFileMode(data), Is.EqualTo((UnixFileMode)Convert.ToInt32("700", 8)), "DataDirectory mode");
                Assert.That(File.GetUnixFileMode(Path.Combine(data, worker)), Is.EqualTo((UnixFileMode)Convert.ToInt32("700", 8)), "the worker's tree");
                Assert.That(Directory.Exists(planted), Is.False, "the worker's tree is made afresh");
            });

            await judge.Problems.PutAsync("sum", [ProblemTest.Text("1 2\n", "3\n")]);
            var result = await judge.Judge.JudgeAsync("sum", "python", "print(sum(map(int, input().split())))\n");
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
            var cached = Directory.GetFiles(Path.Combine(data, worker, "test-data"), "*.out", SearchOption.AllDirectories);
            Assert.That(cached, Is.Not.Empty, "expected outputs are cached in the private tree");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
