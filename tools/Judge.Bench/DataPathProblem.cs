using System.Buffers;
using System.Globalization;
using System.Text;
using Judge.Contracts.V1;
using ProblemsClient = Judge.Contracts.V1.Problems.ProblemsClient;

namespace Judge.Bench;

/// <summary>An uploaded line-filter problem: its id and the bytes its tests move through the data path.</summary>
/// <param name="InputBytes">All tests' inputs together, bytes.</param>
/// <param name="OutputBytes">All tests' expected outputs together (what a correct program writes), bytes.</param>
internal sealed record DataPathProblem(string Id, int Tests, long InputBytes, long OutputBytes)
{
    /// <summary>
    /// A correct solution: echoes every second line (lines 0, 2, 4, ...) with fgets/fputs and a static buffer
    /// longer than any line the problem holds.
    /// </summary>
    public static readonly byte[] Solution = Encoding.ASCII.GetBytes("""
        #include <cstdio>
        static char line[1 << 16];
        int main() {
            for (unsigned long i = 0; std::fgets(line, sizeof line, stdin); i++)
                if (i % 2 == 0) std::fputs(line, stdout);
        }
        """);

    /// <summary>
    /// Uploads <paramref name="tests"/> tests of about <paramref name="inputMiB"/> MiB of numeric lines each
    /// (deterministic: the same sizes always make the same data), none of them a sample.
    /// </summary>
    public static Task<DataPathProblem> PutLargeAsync(ProblemsClient problems, int tests, int inputMiB, CancellationToken cancellationToken) =>
        PutAsync(problems, $"bench-datapath-{tests}x{inputMiB}mib", $"Every second line, {tests} tests x {inputMiB} MiB",
            Enumerable.Range(0, tests).Select(i => Generate(seed: i, (long)inputMiB << 20)).ToArray(), sample: false, cancellationToken);

    /// <summary>Uploads the same problem with one tiny test, a sample (so RUN judges it).</summary>
    public static Task<DataPathProblem> PutTinyAsync(ProblemsClient problems, CancellationToken cancellationToken) =>
        PutAsync(problems, "bench-datapath-tiny", "Every second line, 1 tiny test",
            [new TestData("1\n2\n3\n"u8.ToArray(), "1\n3\n"u8.ToArray())], sample: true, cancellationToken);

    private static async Task<DataPathProblem> PutAsync(ProblemsClient problems, string id, string title, TestData[] data, bool sample, CancellationToken cancellationToken)
    {
        var header = new ProblemHeader
        {
            Id = id,
            Title = title,
            TimeLimitMs = 10_000,
            MemoryLimitMib = 256,
            Tests = { data.Select(_ => new TestCaseHeader { Sample = sample, Points = 1 }) },
        };
        await ProblemUpload.PutAsync(problems, header, data, cancellationToken);
        return new DataPathProblem(id, data.Length, data.Sum(t => (long)t.Input.Length), data.Sum(t => (long)t.Output.Length));
    }

    /// <summary>Lines of 1 to 8 random integers below 10^9 up to <paramref name="inputBytes"/>; the output is lines 0, 2, 4, ...</summary>
    private static TestData Generate(int seed, long inputBytes)
    {
        var random = new Random(seed);
        var input = new ArrayBufferWriter<byte>((int)inputBytes + 128);
        var output = new ArrayBufferWriter<byte>((int)inputBytes / 2 + 128);
        var line = new StringBuilder();
        for (var i = 0; input.WrittenCount < inputBytes; i++)
        {
            line.Clear();
            var numbers = random.Next(1, 9);
            for (var n = 0; n < numbers; n++)
            {
                line.Append(n == 0 ? "" : " ").Append(random.Next(1_000_000_000).ToString(CultureInfo.InvariantCulture));
            }
            var bytes = Encoding.ASCII.GetBytes(line.Append('\n').ToString());
            input.Write(bytes);
            if (i % 2 == 0)
            {
                output.Write(bytes);
            }
        }
        return new TestData(input.WrittenSpan.ToArray(), output.WrittenSpan.ToArray());
    }
}
