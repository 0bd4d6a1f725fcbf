using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>Real problems have big tests: well past gRPC's 4 MiB message default.</summary>
[NonParallelizable]
public class LargeProblemTests
{
    private const string CountBytes = """
        #include <cstdio>
        int main() {
            static char buffer[1 << 16];
            unsigned long long total = 0;
            size_t n;
            while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) total += n;
            std::printf("%llu\n", total);
        }
        """;

    [Test]
    public async Task A_200_MiB_problem_with_32_MiB_inputs_uploads_and_is_judged()
    {
        await using var judge = await JudgeHarness.StartAsync();
        var sizes = new[] { 32 << 20, 32 << 20, 32 << 20, 32 << 20, 32 << 20, 32 << 20, 8 << 20 };
        var tests = sizes.Select((size, i) =>
        {
            var input = new byte[size];
            Array.Fill(input, (byte)('a' + i));
            return new ProblemTest(input, System.Text.Encoding.ASCII.GetBytes($"{size}\n"));
        }).ToList();

        var stored = await judge.Problems.PutAsync("big", tests, timeLimitMs: 5000, memoryLimitMib: 64);
        Assert.That(stored.TotalBytes, Is.GreaterThanOrEqualTo(200UL << 20));

        var result = await judge.Judge.JudgeAsync("big", "cpp", CountBytes);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
            Assert.That(result.Tests, Has.Count.EqualTo(sizes.Length));
        });
    }
}
