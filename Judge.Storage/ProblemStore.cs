using Google.Protobuf;
using Judge.Contracts.V1;
using StackExchange.Redis;
using Judge.Storage.Records;

namespace Judge.Storage;

/// <summary>
/// Problems as immutable versions. An upload writes its test data, chunk by chunk at each chunk's
/// offset, to staging keys that expire on their own; the commit script then moves them under a new
/// version number in one atomic step, so a reader never sees half a problem and two racing uploads
/// of one id become two whole versions. A version is committed either current at once, or pending
/// (its solutions are checked first): a pending version is readable by its number but not current,
/// expires unless promoted, and is then promoted or deleted. Racing uploads: the highest version
/// number wins. Numbers are given in commit order, so a version becomes current only if no version
/// committed after it is current already; an upload that loses is superseded, never made current.
/// Every write is safe to retry after a lost reply.
/// </summary>
public sealed class ProblemStore(RedisExecutor redis, RedisKeys keys) : IProblemVersions
{
    private static readonly TimeSpan StagingLifetime = TimeSpan.FromHours(1);

    // Writes one chunk at its offset. The staged data's length tells a first run (length = offset)
    // from a retry whose first run was applied (length = offset + chunk); anything else means the
    // staged data expired or was removed, and the chunk is refused rather than written at a gap.
    private const string WriteChunkScript = """
        local length = redis.call('STRLEN', KEYS[1])
        local offset = tonumber(ARGV[1])
        if length == offset then
          redis.call('APPEND', KEYS[1], ARGV[2])
        elseif length ~= offset + string.len(ARGV[2]) then
          return length
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return offset + string.len(ARGV[2])
        """;

    // The upload's marker key (KEYS[3]) holds the version that upload became, so a retried commit
    // whose first run was applied returns that version instead of committing again. Every staged
    // part must have its declared length: a missing part is never committed as empty test data.
    // RENAME keeps the staging key's expiry, so each part is made permanent (PERSIST), or for a
    // pending version given the pending lifetime (ARGV[4] ms, 0 = current at once) like the record
    // and the pending marker (the record's key + ARGV[5]), so that a version whose uploader died mid-check goes away on its own.
    private const string CommitScript = """
        local done = redis.call('GET', KEYS[3])
        if done then return tonumber(done) end
        local count = (#ARGV - 5) / 3
        for i = 1, count do
          if redis.call('STRLEN', ARGV[5 + i]) ~= tonumber(ARGV[5 + 2 * count + i]) then return -i end
        end
        local pending = tonumber(ARGV[4])
        local version = redis.call('INCR', KEYS[1])
        local base = ARGV[1] .. version
        for i = 1, count do
          local staging = ARGV[5 + i]
          local target = base .. ARGV[5 + count + i]
          if redis.call('EXISTS', staging) == 1 then
            redis.call('RENAME', staging, target)
          else
            redis.call('SET', target, '')
          end
          if pending > 0 then redis.call('PEXPIRE', target, pending) else redis.call('PERSIST', target) end
        end
        if pending > 0 then
          redis.call('SET', base, ARGV[2], 'PX', pending)
          redis.call('SET', base .. ARGV[5], '1', 'PX', pending)
        else
          redis.call('SET', base, ARGV[2])
          redis.call('SET', KEYS[2], version)
        end
        redis.call('SET', KEYS[3], version, 'EX', ARGV[3])
        return version
        """;

    // KEYS: current version, pending marker, version record; ARGV: the version, then its test data keys.
    // A pending version becomes current only if the current one is older (a lower number). Without
    // the marker, an existing record means this call's first run promoted it and its reply was lost:
    // the retry answers promoted again (a version once current may have had submissions queued
    // against it, so it is never reported superseded, and never deleted).
    private const string PromoteScript = """
        if redis.call('EXISTS', KEYS[2]) == 0 then
          if redis.call('EXISTS', KEYS[3]) == 1 then return {1, ARGV[1]} end
          return {-1, '0'}
        end
        local current = redis.call('GET', KEYS[1])
        if current and tonumber(current) >= tonumber(ARGV[1]) then return {0, current} end
        for i = 2, #ARGV do redis.call('PERSIST', ARGV[i]) end
        redis.call('PERSIST', KEYS[3])
        redis.call('DEL', KEYS[2])
        redis.call('SET', KEYS[1], ARGV[1])
        return {1, ARGV[1]}
        """;

    // KEYS: pending marker; ARGV: the version's record and test data keys. Deletes only a version that
    // is still pending, so a version that was ever current is never deleted; a retry after the first
    // run was applied finds no marker and deletes nothing.
    private const string DeletePendingScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        for i = 1, #ARGV do redis.call('DEL', ARGV[i]) end
        redis.call('DEL', KEYS[1])
        return 1
        """;

    /// <summary>
    /// Stores one chunk of an upload's test data at <paramref name="offset"/> of its staging key
    /// (the bytes of that part received before it). A retry can repeat the write after its first
    /// run was applied; that run is recognised by the staged length (offset plus this chunk) and the
    /// chunk is not appended again. Throws <see cref="StagingLostException"/> when the staged data
    /// is not as long as the offset says (it expired or was removed).
    /// </summary>
    public async Task WriteStagingAsync(string uploadId, int index, TestDataPart part, ulong offset, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var key = keys.Staging(uploadId, index, part);
        var length = (long)await redis.ExecuteAsync(
            db => db.ScriptEvaluateAsync(WriteChunkScript, [key],
                [(long)offset, data, (long)StagingLifetime.TotalMilliseconds]),
            cancellationToken);
        if (length != (long)offset + data.Length)
        {
            throw new StagingLostException($"test {index} {part}: {length} bytes staged where {offset} were sent before this chunk");
        }
    }

    /// <summary>
    /// One staged part as received so far (empty when nothing was staged: a part of 0 bytes has no key). Throws
    /// <see cref="StagingLostException"/> when the staged data is shorter than <paramref name="expectedBytes"/> (it expired).
    /// </summary>
    public async Task<byte[]> ReadStagingAsync(string uploadId, int index, TestDataPart part, ulong expectedBytes, CancellationToken cancellationToken)
    {
        var key = keys.Staging(uploadId, index, part);
        var value = await redis.ExecuteAsync(db => db.StringGetAsync(key), cancellationToken);
        var data = value.IsNull ? [] : (byte[])value!;
        return (ulong)data.Length == expectedBytes
            ? data
            : throw new StagingLostException($"test {index} {part}: {data.Length} bytes staged where {expectedBytes} were sent");
    }

    /// <summary>Deletes an upload's staging keys. A retry deletes nothing more: deleting is idempotent.</summary>
    public Task DeleteStagingAsync(string uploadId, int testCount, CancellationToken cancellationToken)
    {
        var stagingKeys = AllParts(testCount).Select(p => keys.Staging(uploadId, p.Index, p.Part)).ToArray();
        return redis.ExecuteAsync(db => db.KeyDeleteAsync(stagingKeys), cancellationToken);
    }

    /// <summary>
    /// Makes the staged upload the problem's newest version, current at once, and returns its number.
    /// A retry can repeat the commit after its first run was applied; the upload's marker key (kept as
    /// long as staging) names the version it became, and the retry returns that version, committing
    /// nothing. Throws <see cref="StagingLostException"/> when a staged part is not as long as the
    /// header declares (it expired or was removed), so empty test data is never committed.
    /// </summary>
    public Task<uint> CommitAsync(string uploadId, ProblemHeader header, CancellationToken cancellationToken) =>
        CommitAsync(uploadId, header, TimeSpan.Zero, cancellationToken);

    /// <summary>
    /// Makes the staged upload the problem's newest version without making it current, and returns its
    /// number: it can be read and judged by that number, and is then either made current by
    /// <see cref="PromoteAsync"/> or removed by <see cref="DeletePendingAsync"/>. Unless promoted, all
    /// its keys expire after <paramref name="lifetime"/>, so a version whose uploader died is not kept.
    /// Retry-safe as <see cref="CommitAsync(string, ProblemHeader, CancellationToken)"/> (the upload's marker key);
    /// throws <see cref="StagingLostException"/> as it does.
    /// </summary>
    public Task<uint> CommitPendingAsync(string uploadId, ProblemHeader header, TimeSpan lifetime, CancellationToken cancellationToken) =>
        lifetime > TimeSpan.Zero
            ? CommitAsync(uploadId, header, lifetime, cancellationToken)
            : throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "a pending version needs a lifetime > 0");

    private async Task<uint> CommitAsync(string uploadId, ProblemHeader header, TimeSpan pendingLifetime, CancellationToken cancellationToken)
    {
        var parts = AllParts(header.Tests.Count).ToList();
        // The version number is known only inside the script, so the record is stored without it
        // and the version is filled in from the key on read.
        var arguments = new List<RedisValue>
        {
            keys.ProblemVersionBase(header.Id),
            new StoredProblem { Header = header, UploadId = uploadId }.ToByteArray(),
            (long)StagingLifetime.TotalSeconds,
            (long)pendingLifetime.TotalMilliseconds,
            RedisKeys.PendingSuffix,
        };
        arguments.AddRange(parts.Select(p => (RedisValue)(string)keys.Staging(uploadId, p.Index, p.Part)!));
        arguments.AddRange(parts.Select(p => (RedisValue)RedisKeys.TestDataSuffix(p.Index, p.Part)));
        arguments.AddRange(parts.Select(p => (RedisValue)(long)Declared(header.Tests[p.Index], p.Part)));
        var result = (long)await redis.ExecuteAsync(
            db => db.ScriptEvaluateAsync(CommitScript,
                [keys.ProblemVersionCounter(header.Id), keys.ProblemCurrentVersion(header.Id), keys.UploadCommit(header.Id, uploadId)],
                arguments.ToArray()),
            cancellationToken);
        if (result < 0)
        {
            var (index, part) = parts[(int)-result - 1];
            throw new StagingLostException($"test {index} {part}: the staged data is not the {Declared(header.Tests[index], part)} bytes declared");
        }
        return (uint)result;
    }

    public enum PromoteOutcome
    {
        /// <summary>The version is current now.</summary>
        Promoted,

        /// <summary>A version committed later is current already; this one stays pending (delete it).</summary>
        Superseded,

        /// <summary>The pending version is gone: it expired or was deleted.</summary>
        Missing,
    }

    /// <summary>The outcome, and the version current afterwards (0 when <see cref="PromoteOutcome.Missing"/>).</summary>
    public sealed record PromoteResult(PromoteOutcome Outcome, uint CurrentVersion);

    /// <summary>
    /// Makes a pending version (<see cref="CommitPendingAsync"/>) current and permanent, unless a higher
    /// version is current already (<see cref="PromoteOutcome.Superseded"/>: racing uploads, the one
    /// committed last wins) or it is gone (<see cref="PromoteOutcome.Missing"/>). One script: the
    /// check, the keys made permanent, the pending marker removed and the current version set. A retry
    /// can repeat it after its first run was applied; it finds the marker gone and the record kept,
    /// and answers <see cref="PromoteOutcome.Promoted"/> again, changing nothing.
    /// </summary>
    public async Task<PromoteResult> PromoteAsync(string problemId, uint version, int testCount, CancellationToken cancellationToken)
    {
        RedisValue[] arguments =
        [
            version,
            .. AllParts(testCount).Select(p => (RedisValue)(string)keys.TestData(problemId, version, p.Index, p.Part)!),
        ];
        var result = (RedisResult[])(await redis.ExecuteAsync(
            db => db.ScriptEvaluateAsync(PromoteScript,
                [keys.ProblemCurrentVersion(problemId), keys.ProblemVersionPending(problemId, version), keys.ProblemVersion(problemId, version)],
                arguments),
            cancellationToken))!;
        var current = uint.Parse((string)result[1]!, System.Globalization.CultureInfo.InvariantCulture);
        return (long)result[0] switch
        {
            1 => new PromoteResult(PromoteOutcome.Promoted, current),
            0 => new PromoteResult(PromoteOutcome.Superseded, current),
            _ => new PromoteResult(PromoteOutcome.Missing, 0),
        };
    }

    /// <summary>
    /// Deletes a pending version's record and test data, and returns whether it was still pending.
    /// A version that was made current is never deleted (false). A retry can repeat it after its first
    /// run was applied; it finds no pending marker and deletes nothing (false): idempotent.
    /// </summary>
    public async Task<bool> DeletePendingAsync(string problemId, uint version, int testCount, CancellationToken cancellationToken)
    {
        RedisValue[] arguments =
        [
            (string)keys.ProblemVersion(problemId, version)!,
            .. AllParts(testCount).Select(p => (RedisValue)(string)keys.TestData(problemId, version, p.Index, p.Part)!),
        ];
        var result = await redis.ExecuteAsync(
            db => db.ScriptEvaluateAsync(DeletePendingScript, [keys.ProblemVersionPending(problemId, version)], arguments),
            cancellationToken);
        return (long)result == 1;
    }

    /// <summary>A problem version (0 = the current one; a pending version only by its number), or null when there is none.</summary>
    public async Task<StoredProblem?> FindAsync(string problemId, uint version, CancellationToken cancellationToken)
    {
        if (version == 0)
        {
            var current = await redis.ExecuteAsync(db => db.StringGetAsync(keys.ProblemCurrentVersion(problemId)), cancellationToken);
            if (current.IsNull)
            {
                return null;
            }
            version = (uint)current;
        }
        var value = await redis.ExecuteAsync(db => db.StringGetAsync(keys.ProblemVersion(problemId, version)), cancellationToken);
        if (value.IsNull)
        {
            return null;
        }
        var problem = StoredProblem.Parser.ParseFrom((byte[])value!);
        problem.Version = version;
        return problem;
    }

    /// <summary>A stored version: the problem, whether it is the current one, and whether it awaits its self-check.</summary>
    public sealed record VersionEntry(StoredProblem Problem, bool Current, bool Pending);

    /// <summary>
    /// Every stored version of a problem, newest first (versions are numbered from 1 up to the version counter; those
    /// removed by retention are skipped). Empty when the problem was never stored.
    /// </summary>
    public async Task<IReadOnlyList<VersionEntry>> ListVersionsAsync(string problemId, CancellationToken cancellationToken)
    {
        var counters = await redis.ExecuteAsync(db => db.StringGetAsync([keys.ProblemVersionCounter(problemId), keys.ProblemCurrentVersion(problemId)]), cancellationToken);
        var last = counters[0].IsNull ? 0u : (uint)counters[0];
        var current = counters[1].IsNull ? 0u : (uint)counters[1];
        var found = new List<VersionEntry>();
        for (var version = last; version >= 1; version--)
        {
            if (await FindAsync(problemId, version, cancellationToken) is { } problem)
            {
                var pending = await redis.ExecuteAsync(db => db.KeyExistsAsync(keys.ProblemVersionPending(problemId, version)), cancellationToken);
                found.Add(new VersionEntry(problem, version == current, pending));
            }
        }
        return found;
    }

    /// <summary>One test's input or expected output; throws <see cref="InvalidOperationException"/> when it is missing.</summary>
    public async Task<byte[]> GetTestDataAsync(string problemId, uint version, int index, TestDataPart part, CancellationToken cancellationToken)
    {
        var key = keys.TestData(problemId, version, index, part);
        var value = await redis.ExecuteAsync(db => db.StringGetAsync(key), cancellationToken);
        return value.IsNull
            ? throw new InvalidOperationException($"test data {key} is missing")
            : (byte[])value!;
    }

    private static ulong Declared(TestCaseHeader test, TestDataPart part) =>
        part == TestDataPart.Input ? test.InputSize : test.ExpectedOutputSize;

    private static IEnumerable<(int Index, TestDataPart Part)> AllParts(int testCount) =>
        Enumerable.Range(0, testCount)
            .SelectMany(i => new[] { (i, TestDataPart.Input), (i, TestDataPart.ExpectedOutput) });
}
