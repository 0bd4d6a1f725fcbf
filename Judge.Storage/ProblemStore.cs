using Google.Protobuf;
using Judge.Contracts.V1;
using StackExchange.Redis;

namespace Judge.Storage;

/// <summary>
/// Problems as immutable versions. An upload appends its test data to staging keys that expire on
/// their own; the commit script then moves them under a new version number in one atomic step, so a
/// reader never sees half a problem and two racing uploads of one id become two whole versions.
/// </summary>
public sealed class ProblemStore(RedisExecutor redis, RedisKeys keys)
{
    private static readonly TimeSpan StagingLifetime = TimeSpan.FromHours(1);

    private const string CommitScript = """
        local version = redis.call('INCR', KEYS[1])
        local base = ARGV[1] .. version
        local count = (#ARGV - 2) / 2
        for i = 1, count do
          local staging = ARGV[2 + i]
          local target = base .. ARGV[2 + count + i]
          if redis.call('EXISTS', staging) == 1 then
            redis.call('RENAME', staging, target)
          else
            redis.call('SET', target, '')
          end
        end
        redis.call('SET', base, ARGV[2])
        redis.call('SET', KEYS[2], version)
        return version
        """;

    public Task AppendStagingAsync(string uploadId, int index, TestDataPart part, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var key = keys.Staging(uploadId, index, part);
        return redis.ExecuteAsync(async db =>
        {
            var transaction = db.CreateTransaction();
            _ = transaction.StringAppendAsync(key, data);
            _ = transaction.KeyExpireAsync(key, StagingLifetime);
            await transaction.ExecuteAsync();
        }, cancellationToken);
    }

    public Task DeleteStagingAsync(string uploadId, int testCount, CancellationToken cancellationToken)
    {
        var stagingKeys = AllParts(testCount).Select(p => keys.Staging(uploadId, p.Index, p.Part)).ToArray();
        return redis.ExecuteAsync(db => db.KeyDeleteAsync(stagingKeys), cancellationToken);
    }

    /// <summary>Makes the staged upload the problem's newest version and returns its number.</summary>
    public async Task<uint> CommitAsync(string uploadId, ProblemHeader header, CancellationToken cancellationToken)
    {
        var parts = AllParts(header.Tests.Count).ToList();
        // The version number is known only inside the script, so the record is stored without it
        // and the version is filled in from the key on read.
        var arguments = new List<RedisValue>
        {
            keys.ProblemVersionBase(header.Id),
            new StoredProblem { Header = header, UploadId = uploadId }.ToByteArray(),
        };
        arguments.AddRange(parts.Select(p => (RedisValue)(string)keys.Staging(uploadId, p.Index, p.Part)!));
        arguments.AddRange(parts.Select(p => (RedisValue)RedisKeys.TestDataSuffix(p.Index, p.Part)));
        var result = await redis.ExecuteAsync(
            db => db.ScriptEvaluateAsync(CommitScript,
                [keys.ProblemVersionCounter(header.Id), keys.ProblemCurrentVersion(header.Id)],
                arguments.ToArray()),
            cancellationToken);
        return (uint)(long)result;
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

    private static IEnumerable<(int Index, TestDataPart Part)> AllParts(int testCount) =>
        Enumerable.Range(0, testCount)
            .SelectMany(i => new[] { (i, TestDataPart.Input), (i, TestDataPart.ExpectedOutput) });
}
