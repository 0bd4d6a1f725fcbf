using Grpc.Core;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;

namespace Judge.Api.Uploads;

/// <summary>
/// Receives a PutProblem stream: the header, then test data in chunks written to staging keys, each
/// at its offset (the bytes of its part received before it), so a retried chunk write cannot
/// duplicate a chunk. Only a complete upload whose sizes match the header is committed; anything
/// else is deleted.
/// </summary>
public sealed class ProblemUploader(ProblemHeaderValidator validator, ProblemStore store, ILogger<ProblemUploader> logger)
{
    public async Task<PutProblemResponse> UploadAsync(IAsyncStreamReader<PutProblemRequest> requests, string caller, CancellationToken cancellationToken)
    {
        if (!await requests.MoveNext(cancellationToken) || requests.Current.ItemCase != PutProblemRequest.ItemOneofCase.Header)
        {
            throw Invalid.Argument("the first message of PutProblem must be the header");
        }
        var header = requests.Current.Header;
        validator.Validate(header);

        var uploadId = Guid.NewGuid().ToString("N");
        var received = new ulong[header.Tests.Count, 2];
        var committed = false;
        try
        {
            while (await requests.MoveNext(cancellationToken))
            {
                var chunk = requests.Current.ItemCase == PutProblemRequest.ItemOneofCase.Chunk
                    ? requests.Current.Chunk
                    : throw Invalid.Argument("only the first message of PutProblem may be a header; the rest must be chunks");
                var slot = CheckChunk(header, chunk, received);
                if (chunk.Data.Length == 0)
                {
                    continue;
                }
                await store.WriteStagingAsync(uploadId, (int)chunk.TestIndex, chunk.Part, received[chunk.TestIndex, slot], chunk.Data.Memory, cancellationToken);
                received[chunk.TestIndex, slot] += (ulong)chunk.Data.Length;
            }
            CheckComplete(header, received);
            var version = await store.CommitAsync(uploadId, header, cancellationToken);
            committed = true;
            var totalBytes = header.Tests.Aggregate(0UL, (sum, t) => sum + t.InputSize + t.ExpectedOutputSize);
            logger.LogInformation("Problem {ProblemId} version {Version} stored by {Caller}: {TestCount} tests, {TotalBytes} bytes",
                header.Id, version, caller, header.Tests.Count, totalBytes);
            return new PutProblemResponse { Id = header.Id, Version = version, TestCount = (uint)header.Tests.Count, TotalBytes = totalBytes };
        }
        catch (StagingLostException e)
        {
            logger.LogWarning("Upload {UploadId} of problem {ProblemId} lost its staged data: {Error}", uploadId, header.Id, e.Message);
            throw new RpcException(new Status(StatusCode.Aborted,
                $"the upload's staged test data expired or was removed before it was committed ({e.Message}); send the problem again"));
        }
        finally
        {
            if (!committed)
            {
                await DeleteStagingQuietlyAsync(uploadId, header.Tests.Count);
            }
        }
    }

    private static int CheckChunk(ProblemHeader header, TestDataChunk chunk, ulong[,] received)
    {
        if (chunk.TestIndex >= header.Tests.Count)
        {
            throw Invalid.Argument($"chunk for test {chunk.TestIndex}, but the header declares {header.Tests.Count} tests");
        }
        if (chunk.Part is not (TestDataPart.Input or TestDataPart.ExpectedOutput))
        {
            throw Invalid.Argument($"chunk for test {chunk.TestIndex} has no part (INPUT or EXPECTED_OUTPUT)");
        }
        var slot = chunk.Part == TestDataPart.Input ? 0 : 1;
        var declared = Declared(header.Tests[(int)chunk.TestIndex], chunk.Part);
        if (received[chunk.TestIndex, slot] + (ulong)chunk.Data.Length > declared)
        {
            throw Invalid.Argument($"test {chunk.TestIndex} {Describe(chunk.Part)}: more data than the {declared} bytes the header declares");
        }
        return slot;
    }

    private static void CheckComplete(ProblemHeader header, ulong[,] received)
    {
        for (var i = 0; i < header.Tests.Count; i++)
        {
            foreach (var (part, slot) in new[] { (TestDataPart.Input, 0), (TestDataPart.ExpectedOutput, 1) })
            {
                var declared = Declared(header.Tests[i], part);
                if (received[i, slot] != declared)
                {
                    throw Invalid.Argument($"test {i} {Describe(part)}: received {received[i, slot]} of the {declared} bytes the header declares");
                }
            }
        }
    }

    private static ulong Declared(TestCaseHeader test, TestDataPart part) =>
        part == TestDataPart.Input ? test.InputSize : test.ExpectedOutputSize;

    private static string Describe(TestDataPart part) => part == TestDataPart.Input ? "input" : "expected output";

    private async Task DeleteStagingQuietlyAsync(string uploadId, int testCount)
    {
        try
        {
            await store.DeleteStagingAsync(uploadId, testCount, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The staging keys expire on their own; this only frees memory sooner.
            logger.LogWarning(e, "Could not delete staging keys of upload {UploadId}", uploadId);
        }
    }
}
