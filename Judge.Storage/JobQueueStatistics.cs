using StackExchange.Redis;

namespace Judge.Storage;

/// <summary>The job queue's figures as Redis holds them (XLEN, XINFO GROUPS), for metrics and autoscalers.</summary>
public sealed class JobQueueStatistics(RedisExecutor redis, RedisKeys keys)
{
    /// <summary>
    /// One reading, counts of jobs: <see cref="Length"/> unfinished (the stream's length: workers delete what they
    /// acknowledge), <see cref="Lag"/> not yet delivered to <c>group</c>, <see cref="Pending"/> delivered and not
    /// acknowledged, <see cref="DeadLetters"/> in the dead-letter stream. Lag and pending are 0 before the group exists.
    /// </summary>
    public sealed record Sample(long Length, long Lag, long Pending, long DeadLetters);

    /// <summary>Reads the figures for the consumer group <paramref name="group"/>; raises what the Redis pipeline raises.</summary>
    public Task<Sample> ReadAsync(string group, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(async db =>
        {
            var length = db.StreamLengthAsync(keys.Jobs);
            var deadLetters = db.StreamLengthAsync(keys.DeadLetters);
            var groups = await db.KeyExistsAsync(keys.Jobs) ? await db.StreamGroupInfoAsync(keys.Jobs) : [];
            var workers = groups.FirstOrDefault(info => info.Name == group);
            return new Sample(await length, workers.Lag ?? 0, workers.PendingMessageCount, await deadLetters);
        }, cancellationToken);
}
