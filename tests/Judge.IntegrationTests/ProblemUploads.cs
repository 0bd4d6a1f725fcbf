using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Judge.Contracts.V1;
using ProblemsClient = Judge.Contracts.V1.Problems.ProblemsClient;

namespace Judge.IntegrationTests;

public sealed record ProblemTest(byte[] Input, byte[] ExpectedOutput, bool Sample = false, uint Points = 1)
{
    public static ProblemTest Text(string input, string expected, bool sample = false, uint points = 1) =>
        new(Encoding.UTF8.GetBytes(input), Encoding.UTF8.GetBytes(expected), sample, points);
}

public static class ProblemUploads
{
    public const int ChunkSize = 1 << 20;

    public static ProblemHeader Header(string id, IReadOnlyList<ProblemTest> tests, uint timeLimitMs = 1000, uint memoryLimitMib = 64) => new()
    {
        Id = id,
        Title = $"Problem {id}",
        TimeLimitMs = timeLimitMs,
        MemoryLimitMib = memoryLimitMib,
        Tests =
        {
            tests.Select(t => new TestCaseHeader
            {
                Sample = t.Sample,
                Points = t.Points,
                InputSize = (ulong)t.Input.Length,
                ExpectedOutputSize = (ulong)t.ExpectedOutput.Length,
            }),
        },
    };

    /// <summary>The header, then every test's data in chunks, as a client of PutProblem sends it.</summary>
    public static IEnumerable<PutProblemRequest> Messages(ProblemHeader header, IReadOnlyList<ProblemTest> tests)
    {
        yield return new PutProblemRequest { Header = header };
        for (var i = 0; i < tests.Count; i++)
        {
            foreach (var (part, data) in new[] { (TestDataPart.Input, tests[i].Input), (TestDataPart.ExpectedOutput, tests[i].ExpectedOutput) })
            {
                for (var offset = 0; offset < data.Length; offset += ChunkSize)
                {
                    yield return new PutProblemRequest
                    {
                        Chunk = new TestDataChunk
                        {
                            TestIndex = (uint)i,
                            Part = part,
                            Data = ByteString.CopyFrom(data, offset, Math.Min(ChunkSize, data.Length - offset)),
                        },
                    };
                }
            }
        }
    }

    public static async Task<PutProblemResponse> SendAsync(this ProblemsClient client, IEnumerable<PutProblemRequest> messages)
    {
        using var call = client.PutProblem();
        try
        {
            foreach (var message in messages)
            {
                await call.RequestStream.WriteAsync(message);
            }
            await call.RequestStream.CompleteAsync();
        }
        catch (RpcException)
        {
            // The server ended the call before reading it all (a refused key, a bad header): a write then fails as
            // CANCELLED, and the call's own status is in its response, awaited below.
        }
        return await call;
    }

    public static Task<PutProblemResponse> PutAsync(this ProblemsClient client, string id, IReadOnlyList<ProblemTest> tests, uint timeLimitMs = 1000, uint memoryLimitMib = 64) =>
        client.SendAsync(Messages(Header(id, tests, timeLimitMs, memoryLimitMib), tests));

    /// <summary>Uploads <paramref name="tests"/> under a header that <paramref name="shape"/> completes (groups, checker, statement, ...).</summary>
    public static Task<PutProblemResponse> PutAsync(this ProblemsClient client, string id, IReadOnlyList<ProblemTest> tests, Action<ProblemHeader> shape,
        uint timeLimitMs = 1000, uint memoryLimitMib = 64)
    {
        var header = Header(id, tests, timeLimitMs, memoryLimitMib);
        shape(header);
        return client.SendAsync(Messages(header, tests));
    }
}
