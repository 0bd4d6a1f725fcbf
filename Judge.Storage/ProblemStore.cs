using Google.Protobuf;
using Judge.Contracts.V1;
using StackExchange.Redis;

namespace Judge.Storage;

/// <summary>
/// Problems as immutable versions. An upload writes its test data, chunk by chunk at each chunk's
/// offset, to staging keys that expire on their own; the commit script then moves them under a new
/// version number in one atomic step, so a reader never sees half a problem and two racing uploads
/// of one id become two whole versions. Both writes are safe to retry after a lost reply.
/// </summary>
public sealed class ProblemStore(RedisExecutor redis, RedisKeys keys)
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
    private const string CommitScript = """
        local done = redis.call('GET', KEYS[3])
        if done then return tonumber(done) end
        local count = (#ARGV - 3) / 3
        for i = 1, count do
          if redis.call('STRLEN', ARGV[3 + i]) ~= tonumber(ARGV[3 + 2 * count + i]) then return -i end
        end
        local version = redis.call('INCR', KEYS[1])
        local base = ARGV[1] .. version
        for i = 1, count do
          local staging = ARGV[3 + i]
          local target = base .. ARGV[3 + count + i]
          if redis.call('EXISTS', staging) == 1 then
            redis.call('RENAME', staging, target)
          else
            redis.call('SET', target, '')
          end
        end
        redis.call('SET', base, ARGV[2])
        redis.call('SET', KEYS[2], version)
        redis.call('SET', KEYS[3], version, 'EX', ARGV[3])
        return version
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

    /// <summary>Deletes an upload's staging keys. A retry deletes nothing more: deleting is idempotent.</summary>
    public Task DeleteStagingAsync(string uploadId, int testCount, CancellationToken cancellationToken)
    {
        var stagingKeys = AllParts(testCount).Select(p => keys.Staging(uploadId, p.Index, p.Part)).ToArray();
        return redis.ExecuteAsync(db => db.KeyDeleteAsync(stagingKeys), cancellationToken);
    }

    /// <summary>
    /// Makes the staged upload the problem's newest version and returns its number. A retry can
    /// repeat the commit after its first run was applied; the upload's marker key (kept as long as
    /// staging) names the version it became, and the retry returns that version, committing nothing.
    /// Throws <see cref="StagingLostException"/> when a staged part is not as long as the header
    /// declares (it expired or was removed), so empty test data is never committed.
    /// </summary>
    public async Task<uint> CommitAsync(string uploadId, ProblemHeader header, CancellationToken cancellationToken)
    {
        var parts = AllParts(header.Tests.Count).ToList();
        // The version number is known only inside the script, so the record is stored without it
        // and the version is filled in from the key on read.
        var arguments = new List<RedisValue>
        {
            keys.ProblemVersionBase(header.Id),
            new StoredProblem { Header = header, UploadId = uploadId }.ToByteArray(),
            (long)StagingLifetime.TotalSeconds,
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

    /// <summary>A problem version (0 = the current one), or null when there is none.</summary>
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
