using Google.Protobuf;
using Grpc.Core;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Domain.Functions;
using Microsoft.Extensions.Options;

namespace Judge.Api.Uploads;

/// <summary>
/// Receives a PutProblem stream: the header, then test data in chunks written to staging keys, each
/// at its offset (the bytes of its part received before it), so a retried chunk write cannot
/// duplicate a chunk. Only a complete upload whose sizes match the header is committed; anything
/// else is deleted. A problem without solutions is committed current at once; one with solutions is
/// committed pending, self-checked (<see cref="SelfCheck"/>), then made current, or deleted with the
/// current version left as it was.
/// </summary>
public sealed class ProblemUploader(
    ProblemHeaderValidator validator,
    ProblemStore store,
    SelfCheck selfCheck,
    IOptions<ApiOptions> options,
    ILogger<ProblemUploader> logger)
{
    // A pending version outlives its self-check by this much, then expires if its uploader died.
    private static readonly TimeSpan PendingMargin = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Stores the streamed problem as a new version and returns it, with the self-check's results. Errors:
    /// INVALID_ARGUMENT (a bad header or chunk, a function-style problem's test that does not hold its signature's
    /// values, a checker that does not compile), FAILED_PRECONDITION (a
    /// solution's language is not served, or a solution did not get its expected verdict), ABORTED (the staged
    /// data expired, the self-check timed out, or a version committed later became current first).
    /// </summary>
    public async Task<PutProblemResponse> UploadAsync(IAsyncStreamReader<PutProblemRequest> requests, string caller, CancellationToken cancellationToken)
    {
        if (!await requests.MoveNext(cancellationToken) || requests.Current.ItemCase != PutProblemRequest.ItemOneofCase.Header)
        {
            throw Invalid.Argument("the first message of PutProblem must be the header");
        }
        var header = requests.Current.Header;
        validator.Validate(header);
        await selfCheck.EnsureServedAsync(header, cancellationToken);

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
            if (header.Signature is not null)
            {
                await CheckFunctionValuesAsync(header, uploadId, cancellationToken);
            }
            var totalBytes = header.Tests.Aggregate(0UL, (sum, t) => sum + t.InputSize + t.ExpectedOutputSize);
            var response = new PutProblemResponse { Id = header.Id, TestCount = (uint)header.Tests.Count, TotalBytes = totalBytes };
            if (header.Solutions.Count == 0)
            {
                response.Version = await store.CommitAsync(uploadId, header, cancellationToken);
                committed = true;
                logger.LogInformation("Problem {ProblemId} version {Version} stored by {Caller}: {TestCount} tests, {TotalBytes} bytes",
                    header.Id, response.Version, caller, header.Tests.Count, totalBytes);
                return response;
            }
            response.Version = await store.CommitPendingAsync(uploadId, header, options.Value.SelfCheckTimeout + PendingMargin, cancellationToken);
            committed = true;
            return await CheckAndPromoteAsync(header, response, caller, cancellationToken);
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

    // The pending version is deleted on every way out but promotion. Deleting only ever removes a version
    // still pending, so even a promotion whose reply was lost is never undone.
    private async Task<PutProblemResponse> CheckAndPromoteAsync(ProblemHeader header, PutProblemResponse response, string caller, CancellationToken cancellationToken)
    {
        var version = response.Version;
        var promoted = false;
        try
        {
            var result = await selfCheck.RunAsync(header, version, cancellationToken);
            response.Checks.Add(result.Checks);
            if (result.Refusal is { } refusal)
            {
                logger.LogWarning("Problem {ProblemId} version {Version} from {Caller} refused by its self-check: {Reason}",
                    header.Id, version, caller, refusal.Status.Detail);
                throw WithReport(refusal, response);
            }
            var promotion = await store.PromoteAsync(header.Id, version, header.Tests.Count, cancellationToken);
            switch (promotion.Outcome)
            {
                case ProblemStore.PromoteOutcome.Promoted:
                    promoted = true;
                    logger.LogInformation("Problem {ProblemId} version {Version} stored by {Caller} after its self-check of {SolutionCount} solutions: {TestCount} tests, {TotalBytes} bytes",
                        header.Id, version, caller, header.Solutions.Count, header.Tests.Count, response.TotalBytes);
                    return response;
                case ProblemStore.PromoteOutcome.Superseded:
                    throw WithReport(new RpcException(new Status(StatusCode.Aborted,
                        $"version {version} passed its self-check, but version {promotion.CurrentVersion}, committed later, became current first; version {version} was not made current and is deleted")), response);
                default:
                    throw WithReport(new RpcException(new Status(StatusCode.Aborted,
                        $"version {version} expired before its self-check finished; send the problem again")), response);
            }
        }
        finally
        {
            if (!promoted)
            {
                await DeletePendingQuietlyAsync(header, version);
            }
        }
    }

    private static RpcException WithReport(RpcException refusal, PutProblemResponse response) =>
        new(refusal.Status, new Metadata { { SelfCheck.ReportTrailer, response.ToByteArray() } });

    private async Task DeletePendingQuietlyAsync(ProblemHeader header, uint version)
    {
        try
        {
            await store.DeletePendingAsync(header.Id, version, header.Tests.Count, CancellationToken.None);
        }
        catch (Exception e)
        {
            // A pending version expires on its own; this only frees memory sooner.
            logger.LogWarning(e, "Could not delete pending version {Version} of problem {ProblemId}", version, header.Id);
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

    /// <summary>
    /// A function-style problem's tests must hold its signature's values: each input the arguments, one JSON value per
    /// line, each expected output the judged value (the return value, or a void function's in-place argument), NaN and
    /// infinities allowed; with a program checker the expected output is the checker's own business. Read back from
    /// staging one test at a time.
    /// </summary>
    private async Task CheckFunctionValuesAsync(ProblemHeader header, string uploadId, CancellationToken cancellationToken)
    {
        var signature = FunctionSignature.From(header.Signature);
        for (var i = 0; i < header.Tests.Count; i++)
        {
            var input = await store.ReadStagingAsync(uploadId, i, TestDataPart.Input, header.Tests[i].InputSize, cancellationToken);
            if (FunctionValues.CheckArguments(signature, input) is { } error)
            {
                throw Invalid.Argument($"test {i} input: {error}");
            }
            if (header.Checker is Checker.Testlib or Checker.CsharpScript)
            {
                continue;
            }
            var expected = await store.ReadStagingAsync(uploadId, i, TestDataPart.ExpectedOutput, header.Tests[i].ExpectedOutputSize, cancellationToken);
            if (!FunctionValues.TryParse(signature.JudgedType, expected, allowNull: false, out _, out var returned, allowNonFinite: true))
            {
                throw Invalid.Argument($"test {i} expected output (the return value): {returned}");
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
