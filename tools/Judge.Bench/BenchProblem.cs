using System.Text;
using Google.Protobuf;
using Judge.Contracts.V1;
using ProblemsClient = Judge.Contracts.V1.Problems.ProblemsClient;

namespace Judge.Bench;

/// <summary>An A+B problem with a given number of tests, the first of them the only sample.</summary>
internal static class BenchProblem
{
    public static async Task<string> PutAsync(ProblemsClient problems, int tests, CancellationToken cancellationToken)
    {
        var id = $"bench-sum-{tests}";
        var data = Enumerable.Range(0, tests)
            .Select(i => (Input: Encoding.ASCII.GetBytes($"{i + 1} {2 * i + 3}\n"), Output: Encoding.ASCII.GetBytes($"{3 * i + 4}\n")))
            .ToArray();
        using var call = problems.PutProblem(cancellationToken: cancellationToken);
        await call.RequestStream.WriteAsync(new PutProblemRequest
        {
            Header = new ProblemHeader
            {
                Id = id,
                Title = $"A+B, {tests} tests",
                TimeLimitMs = 2000,
                MemoryLimitMib = 256,
                Tests =
                {
                    data.Select((t, i) => new TestCaseHeader
                    {
                        Sample = i == 0,
                        Points = 1,
                        InputSize = (ulong)t.Input.Length,
                        ExpectedOutputSize = (ulong)t.Output.Length,
                    }),
                },
            },
        }, cancellationToken);
        for (var i = 0; i < tests; i++)
        {
            foreach (var (part, bytes) in new[] { (TestDataPart.Input, data[i].Input), (TestDataPart.ExpectedOutput, data[i].Output) })
            {
                await call.RequestStream.WriteAsync(new PutProblemRequest
                {
                    Chunk = new TestDataChunk { TestIndex = (uint)i, Part = part, Data = ByteString.CopyFrom(bytes) },
                }, cancellationToken);
            }
        }
        await call.RequestStream.CompleteAsync();
        await call;
        return id;
    }
}
