using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Worker.TestData;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.IntegrationTests;

/// <summary>
/// The worker's test-data cache keeps to Worker:TestDataCacheMiB on disk, removing the least recently used problem
/// versions, never one in use (real Redis, real worker and sandboxes).
/// </summary>
[NonParallelizable]
public class TestDataCacheTests
{
    private const string PythonCat = "import sys\nsys.stdout.write(sys.stdin.read())\n";
    private const long Bound = 1 << 20;

    /// <summary>A test of 400 KiB in and 400 KiB out: 800 KiB cached.</summary>
    private static ProblemTest Large(char fill)
    {
        var text = string.Concat(Enumerable.Repeat(new string(fill, 1023) + "\n", 400));
        return ProblemTest.Text(text, text);
    }

    private static Dictionary<string, string?> Settings(string data) => new()
    {
        ["Worker:DataDirectory"] = data,
        ["Worker:TestDataCacheMiB"] = "1",
    };

    [Test]
    public async Task Judging_more_than_fits_removes_the_least_recently_used_versions_and_keeps_within_the_bound()
    {
        var data = Path.Combine(Path.GetTempPath(), $"judge-cache-{Guid.NewGuid():N}");
        const string worker = "cache-lru-worker";
        var cache = Path.Combine(data, worker, "test-data");
        try
        {
            await using var judge = await JudgeHarness.StartAsync(workers: 0, Settings(data));
            await judge.StartWorkerAsync(worker);
            await judge.WaitForLanguagesAsync(["python"]);
            foreach (var (id, fill) in new[] { ("lru-a", 'a'), ("lru-b", 'b'), ("lru-c", 'c') })
            {
                await judge.Problems.PutAsync(id, [Large(fill)]);
            }

            var steps = new List<(string Problem, Verdict Verdict, long Bytes, string[] Cached)>();
            foreach (var id in new[] { "lru-a", "lru-b", "lru-c", "lru-a" })
            {
                var result = await judge.Judge.JudgeAsync(id, "python", PythonCat);
                steps.Add((id, result.Verdict, BytesUnder(cache), CachedProblems(cache)));
            }

            Assert.Multiple(() =>
            {
                Assert.That(steps.Select(s => s.Verdict), Is.All.EqualTo(Verdict.Accepted), "a version fetched again after removal judges alike");
                Assert.That(steps.Select(s => s.Bytes), Is.All.InRange(1, Bound), "the cache keeps within 1 MiB");
                Assert.That(steps.Select(s => string.Join(",", s.Cached)), Is.EqualTo(new[] { "lru-a", "lru-b", "lru-c", "lru-a" }),
                    "each version pushes out the least recently used one");
            });
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Test]
    public async Task A_version_in_use_stays_cached_beyond_the_bound_and_goes_once_released()
    {
        var data = Path.Combine(Path.GetTempPath(), $"judge-cache-{Guid.NewGuid():N}");
        try
        {
            await using var judge = await JudgeHarness.StartAsync(workers: 0, new Dictionary<string, string?>(Settings(data)) { ["Sandbox:WarmPerLanguage"] = "0" });
            var worker = await judge.StartWorkerAsync("cache-use-worker");
            var cache = worker.Services.GetRequiredService<TestDataCache>();
            var problems = judge.ApiServices.GetRequiredService<ProblemStore>();
            await judge.Problems.PutAsync("held", [Large('h'), Large('i'), Large('j')]);
            await judge.Problems.PutAsync("other", [Large('o')]);
            var held = (await problems.FindAsync("held", 0, CancellationToken.None))!;
            var other = (await problems.FindAsync("other", 0, CancellationToken.None))!;

            var heldPaths = new List<string>();
            bool heldWhole;
            long whileHeld;
            using (cache.Use(held))
            {
                for (var i = 0; i < 3; i++)
                {
                    heldPaths.Add(await cache.PathAsync(held, i, TestDataPart.Input, CancellationToken.None));
                    heldPaths.Add(await cache.PathAsync(held, i, TestDataPart.ExpectedOutput, CancellationToken.None));
                }
                // Another version, fetched unheld while the held one fills more than the bound, makes room at once.
                await cache.ReadAsync(other, 0, TestDataPart.Input, CancellationToken.None);
                heldWhole = heldPaths.All(File.Exists);
                whileHeld = cache.Bytes;
            }
            var afterRelease = cache.Bytes;

            Assert.Multiple(() =>
            {
                Assert.That(heldWhole, Is.True, "every file of the version in use stays");
                Assert.That(whileHeld, Is.EqualTo(6 * 400 * 1024), "2.4 MiB held, over the 1 MiB bound; the other version removed");
                Assert.That(afterRelease, Is.Zero, "released beyond the bound, the version goes");
                Assert.That(heldPaths.Where(File.Exists), Is.Empty);
            });
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static long BytesUnder(string directory) =>
        Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    private static string[] CachedProblems(string directory) =>
        Directory.Exists(directory) ? Directory.GetDirectories(directory).Select(d => Path.GetFileName(d)).Order().ToArray() : [];
}
