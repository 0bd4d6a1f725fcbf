using Judge.Contracts.V1;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Judge.Storage.Records;

namespace Judge.Storage;

/// <summary>
/// Removes problem versions that nothing refers to any more. A version is referenced while it is current, pending
/// (its own expiry handles it), pinned by an assessment session (<see cref="RedisKeys.ProblemPins"/>, written with the
/// session) or used by an unfinished submission (the job stream holds exactly those; each job's problem and version are
/// read from its submission). A sweep notes since when each version has been unreferenced
/// (<see cref="RedisKeys.ProblemUnreferenced"/>; a sweep that finds it referenced clears the note) and removes a version
/// unreferenced for <see cref="RetentionOptions.ProblemVersionGrace"/>: its record and all its test data in one script,
/// which checks current, pending and pins again, so a reader never sees half a version. Judges started on a removed
/// version already report INTERNAL_ERROR "no longer exists". Safe with several API replicas: a sweep runs only when it
/// takes the sweep lock (<see cref="RedisKeys.RetentionSweepLock"/>, held half an interval), and every step is an
/// idempotent script, so two sweeps at once remove each version once. The first sweep of a deployment first gives what
/// was stored before retention existed its expiry and pins (<see cref="RetentionBackfill"/>).
/// </summary>
/// <remarks>
/// The unfinished submissions are read before the scripts run. A submission created in between refers either to the
/// current version (never removed) or to a session's pinned version (checked inside the script); a submission that read
/// the current version before it stopped being current and is created after the sweep's read would need its Submit to
/// outlast the grace period.
/// </remarks>
public sealed class ProblemVersionRetention(
    RedisExecutor redis,
    RedisKeys keys,
    RetentionBackfill backfill,
    IOptions<RetentionOptions> options,
    ILogger<ProblemVersionRetention> logger)
{
    private const int Page = 500;

    // The versions whose record exists, but the current one. KEYS: counter, current; ARGV: the versions' key base.
    private const string VersionsScript = """
        local count = tonumber(redis.call('GET', KEYS[1]) or '0')
        local current = redis.call('GET', KEYS[2])
        local found = {}
        for v = 1, count do
          if tostring(v) ~= current and redis.call('EXISTS', ARGV[1] .. v) == 1 then table.insert(found, v) end
        end
        return found
        """;

    // KEYS: current version, version record, pending marker, pins, unreferenced notes; ARGV: the version, whether an
    // unfinished submission refers to it ('1'), the grace (ms), then (to remove it) every test data key of the version.
    // Returns 0 gone already, 1 referenced, 2 unreferenced for less than the grace, 3 due (call again with its keys),
    // 4 removed. The time is the server's, so every replica measures the grace on one clock.
    private const string ObserveScript = """
        local v = ARGV[1]
        if redis.call('EXISTS', KEYS[2]) == 0 then
          redis.call('HDEL', KEYS[5], v)
          redis.call('ZREM', KEYS[4], v)
          return 0
        end
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
        local pinned = tonumber(redis.call('ZSCORE', KEYS[4], v) or '0')
        if redis.call('GET', KEYS[1]) == v or redis.call('EXISTS', KEYS[3]) == 1 or pinned > now or ARGV[2] == '1' then
          redis.call('HDEL', KEYS[5], v)
          return 1
        end
        local since = redis.call('HGET', KEYS[5], v)
        if not since then
          redis.call('HSET', KEYS[5], v, now)
          return 2
        end
        if now - tonumber(since) < tonumber(ARGV[3]) then return 2 end
        if #ARGV < 4 then return 3 end
        for i = 4, #ARGV do redis.call('DEL', ARGV[i]) end
        redis.call('DEL', KEYS[2])
        redis.call('HDEL', KEYS[5], v)
        redis.call('ZREM', KEYS[4], v)
        return 4
        """;

    private enum Observed { Gone = 0, Referenced = 1, Waiting = 2, Due = 3, Removed = 4 }

    /// <summary>What one sweep did: whether it ran (false: another replica holds the lock), and the versions it removed ("id v3").</summary>
    public sealed record SweepResult(bool Ran, IReadOnlyList<string> Removed);

    /// <summary>
    /// One sweep over every problem, unless another sweep took the lock within the last half interval. Idempotent: a
    /// retried step (after a lost reply) finds its work done. Errors: <see cref="RedisException"/> and timeouts from the
    /// Redis pipeline when Redis stays unreachable (the next sweep starts over).
    /// </summary>
    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var held = await redis.ExecuteAsync(
            db => db.StringSetAsync(keys.RetentionSweepLock, Environment.MachineName + ":" + Environment.ProcessId, settings.SweepInterval / 2, When.NotExists),
            cancellationToken);
        if (!held)
        {
            return new SweepResult(false, []);
        }
        // Sessions stored before they pinned their versions get their pins first.
        await backfill.RunAsync(cancellationToken);
        var referenced = await UnfinishedReferencesAsync(cancellationToken);
        var removed = new List<string>();
        foreach (var problemId in await ProblemIdsAsync(cancellationToken))
        {
            var versions = (RedisResult[])(await redis.ExecuteAsync(
                db => db.ScriptEvaluateAsync(VersionsScript,
                    [keys.ProblemVersionCounter(problemId), keys.ProblemCurrentVersion(problemId)], [keys.ProblemVersionBase(problemId)]),
                cancellationToken))!;
            foreach (var version in versions.Select(v => (uint)(long)v))
            {
                if (await ObserveAsync(problemId, version, referenced.Contains((problemId, version)), settings.ProblemVersionGrace, cancellationToken))
                {
                    removed.Add($"{problemId} v{version}");
                    logger.LogInformation("Removed problem {ProblemId} version {Version}: unreferenced for {Grace}", problemId, version, settings.ProblemVersionGrace);
                }
            }
        }
        return new SweepResult(true, removed);
    }

    /// <summary>Notes the version's state, and removes it when it is due; true when this call removed it.</summary>
    private async Task<bool> ObserveAsync(string problemId, uint version, bool referenced, TimeSpan grace, CancellationToken cancellationToken)
    {
        RedisKey[] scriptKeys =
        [
            keys.ProblemCurrentVersion(problemId), keys.ProblemVersion(problemId, version), keys.ProblemVersionPending(problemId, version),
            keys.ProblemPins(problemId), keys.ProblemUnreferenced(problemId),
        ];
        RedisValue[] arguments = [version, referenced ? "1" : "0", (long)grace.TotalMilliseconds];
        var observed = await RunAsync(scriptKeys, arguments, cancellationToken);
        if (observed != Observed.Due)
        {
            return false;
        }
        // A version never changes, so the record read now names the test data the script deletes.
        var record = await redis.ExecuteAsync(db => db.StringGetAsync(keys.ProblemVersion(problemId, version)), cancellationToken);
        if (record.IsNull)
        {
            return false;
        }
        var tests = StoredProblem.Parser.ParseFrom((byte[])record!).Header.Tests.Count;
        var testData = Enumerable.Range(0, tests)
            .SelectMany(i => new[] { keys.TestData(problemId, version, i, TestDataPart.Input), keys.TestData(problemId, version, i, TestDataPart.ExpectedOutput) })
            .Select(key => (RedisValue)(string)key!);
        return await RunAsync(scriptKeys, [.. arguments, .. testData], cancellationToken) == Observed.Removed;
    }

    private async Task<Observed> RunAsync(RedisKey[] scriptKeys, RedisValue[] arguments, CancellationToken cancellationToken) =>
        (Observed)(long)await redis.ExecuteAsync(db => db.ScriptEvaluateAsync(ObserveScript, scriptKeys, arguments), cancellationToken);

    /// <summary>Every problem's id, from its version counter "problem:{id}:versions" (ids contain no ':').</summary>
    private async Task<IReadOnlySet<string>> ProblemIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var page in redis.ScanAsync(keys.Pattern("problem:*:versions"), cancellationToken))
        {
            ids.UnionWith(page.Select(key => keys.Unprefixed(key)["problem:".Length..^":versions".Length]));
        }
        return ids;
    }

    /// <summary>The problem versions of the unfinished submissions: every job in the stream, its submission's job record.</summary>
    private async Task<IReadOnlySet<(string ProblemId, uint Version)>> UnfinishedReferencesAsync(CancellationToken cancellationToken)
    {
        var referenced = new HashSet<(string, uint)>();
        RedisValue after = "-";
        while (true)
        {
            var start = after;
            var entries = await redis.ExecuteAsync(db => db.StreamRangeAsync(keys.Jobs, start, "+", Page), cancellationToken);
            var ids = entries.Select(e => (string?)e[JobEntryFields.SubmissionId]).Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).ToList();
            var jobs = await redis.ExecuteAsync(
                db => Task.WhenAll(ids.Select(id => db.HashGetAsync(keys.Submission(id), SubmissionFields.Job))), cancellationToken);
            foreach (var job in jobs.Where(j => !j.IsNull).Select(j => SubmissionJob.Parser.ParseFrom((byte[])j!)))
            {
                referenced.Add((job.ProblemId, job.ProblemVersion));
            }
            if (entries.Length < Page)
            {
                return referenced;
            }
            after = "(" + entries[^1].Id;
        }
    }
}
