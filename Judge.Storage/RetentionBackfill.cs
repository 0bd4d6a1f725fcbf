using Judge.Contracts.V1;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Judge.Storage;

/// <summary>
/// Gives what a deployment stored before retention existed the expiry it would get now: finished submissions (hash and
/// events) expire <see cref="RetentionOptions.Submissions"/> from now; sessions expire and pin their problems' versions
/// as new ones do (<see cref="SessionStore.RetainAsync"/>), so the sweep never removes a version such a session uses.
/// Runs inside the first sweep and once only: when a whole pass is done it sets <see cref="RedisKeys.RetentionBackfilled"/>.
/// Unfinished submissions keep no expiry (their final write sets it); idempotency keys always had one.
/// </summary>
public sealed class RetentionBackfill(RedisExecutor redis, RedisKeys keys, SessionStore sessions, IOptions<RetentionOptions> options, ILogger<RetentionBackfill> logger)
{
    // KEYS: the submission's hash, its events; ARGV: the retention (ms). Only a finished submission without an expiry.
    private const string RetainSubmissionScript = $$"""
        if redis.call('PTTL', KEYS[1]) ~= -1 or redis.call('HGET', KEYS[1], '{{SubmissionFields.Final}}') ~= '1' then return 0 end
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        redis.call('PEXPIRE', KEYS[2], ARGV[1])
        return 1
        """;

    /// <summary>
    /// One pass over every submission and session, unless a pass was completed before. Idempotent: a retried or repeated
    /// step finds the expiry set. Errors: Redis failures from the pipeline (the next sweep starts the pass over).
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await redis.ExecuteAsync(db => db.KeyExistsAsync(keys.RetentionBackfilled), cancellationToken))
        {
            return;
        }
        var retention = (long)options.Value.Submissions.TotalMilliseconds;
        var submissions = 0;
        await foreach (var page in redis.ScanAsync(keys.Pattern("submission:*"), cancellationToken))
        {
            foreach (var id in IdsOf(page, "submission:"))
            {
                var applied = await redis.ExecuteAsync(db => db.ScriptEvaluateAsync(RetainSubmissionScript,
                    [keys.Submission(id), keys.SubmissionEvents(id)], [retention]), cancellationToken);
                submissions += (int)(long)applied;
            }
        }
        var retained = 0;
        await foreach (var page in redis.ScanAsync(keys.Pattern("session:*"), cancellationToken))
        {
            foreach (var id in IdsOf(page, "session:"))
            {
                var record = await sessions.FindAsync(id, cancellationToken);
                if (record is not null && await sessions.RetainAsync(record.Session, cancellationToken))
                {
                    retained++;
                }
            }
        }
        await redis.ExecuteAsync(db => db.StringSetAsync(keys.RetentionBackfilled, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()), cancellationToken);
        logger.LogInformation("Retention backfill done: {Submissions} finished submissions and {Sessions} sessions stored without an expiry now have one",
            submissions, retained);
    }

    /// <summary>The ids of keys "{kind}{id}" in a page (not "{kind}{id}:events" and the like).</summary>
    private IEnumerable<string> IdsOf(IEnumerable<string> page, string kind) =>
        page.Select(keys.Unprefixed)
            .Where(name => name.StartsWith(kind, StringComparison.Ordinal) && name.IndexOf(':', kind.Length) < 0)
            .Select(name => name[kind.Length..]);
}
