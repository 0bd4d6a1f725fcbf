using Google.Protobuf;
using Judge.Contracts.V1;
using ProblemsClient = Judge.Contracts.V1.Problems.ProblemsClient;

namespace Judge.Bench;

/// <summary>One test's data as uploaded: its input and its expected output, bytes.</summary>
internal sealed record TestData(byte[] Input, byte[] Output);

/// <summary>PutProblem through the API: the header, then every test's data in chunks the API accepts.</summary>
internal static class ProblemUpload
{
    /// <summary>Bytes per chunk: under the API's 2 MiB limit on one request message.</summary>
    private const int ChunkBytes = 1 << 20;

    /// <summary>
    /// Uploads <paramref name="header"/> (whose tests get their sizes from <paramref name="tests"/>) and the data;
    /// returns the problem's id.
    /// </summary>
    public static async Task<string> PutAsync(ProblemsClient problems, ProblemHeader header, IReadOnlyList<TestData> tests, CancellationToken cancellationToken)
    {
        for (var i = 0; i < tests.Count; i++)
        {
            header.Tests[i].InputSize = (ulong)tests[i].Input.Length;
            header.Tests[i].ExpectedOutputSize = (ulong)tests[i].Output.Length;
        }
        using var call = problems.PutProblem(cancellationToken: cancellationToken);
        await call.RequestStream.WriteAsync(new PutProblemRequest { Header = header }, cancellationToken);
        for (var i = 0; i < tests.Count; i++)
        {
            foreach (var (part, bytes) in new[] { (TestDataPart.Input, tests[i].Input), (TestDataPart.ExpectedOutput, tests[i].Output) })
            {
                for (var offset = 0; offset < bytes.Length; offset += ChunkBytes)
                {
                    await call.RequestStream.WriteAsync(new PutProblemRequest
                    {
                        Chunk = new TestDataChunk
                        {
                            TestIndex = (uint)i,
                            Part = part,
                            Data = ByteString.CopyFrom(bytes, offset, Math.Min(ChunkBytes, bytes.Length - offset)),
                        },
                    }, cancellationToken);
                }
            }
        }
        await call.RequestStream.CompleteAsync();
        await call;
        return header.Id;
    }
}
