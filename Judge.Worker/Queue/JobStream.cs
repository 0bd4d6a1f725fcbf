using Judge.Storage;
using Judge.Worker.Options;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Judge.Worker.Queue;

/// <summary>
/// The job stream as one consumer of the workers' group sees it: new jobs, jobs abandoned by dead
/// consumers (idle past the visibility timeout), heartbeats, acknowledgement and the dead-letter stream.
/// </summary>
internal sealed class JobStream(RedisExecutor redis, RedisKeys keys, IOptions<WorkerOptions> workerOptions)
{
    private readonly WorkerOptions _options = workerOptions.Value;

    public async Task EnsureGroupAsync(CancellationToken cancellationToken)
    {
        try
        {
            // From the stream's start, so jobs queued before any worker existed are delivered too.
            await redis.ExecuteAsync(db => db.StreamCreateConsumerGroupAsync(keys.Jobs, _options.ConsumerGroup, "0-0", createStream: true), cancellationToken);
        }
        catch (RedisServerException e) when (e.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another worker made it first.
        }
    }

    public async Task<JobDelivery?> ReadNewAsync(CancellationToken cancellationToken)
    {
        var entries = await redis.ExecuteAsync(
            db => db.StreamReadGroupAsync(keys.Jobs, _options.ConsumerGroup, _options.Name, StreamPosition.NewMessages, count: 1),
            cancellationToken);
        return entries.Length == 0 ? null : new JobDelivery(entries[0].Id!, (string)entries[0]["sid"]!, 1);
    }

    /// <summary>Takes over one job whose consumer has not touched it for the visibility timeout.</summary>
    public async Task<JobDelivery?> ClaimAbandonedAsync(CancellationToken cancellationToken)
    {
        var result = await redis.ExecuteAsync(
            db => db.StreamAutoClaimAsync(keys.Jobs, _options.ConsumerGroup, _options.Name,
                (long)_options.VisibilityTimeout.TotalMilliseconds, "0-0", count: 1),
            cancellationToken);
        if (result.DeletedIds.Length > 0)
        {
            await redis.ExecuteAsync(db => db.StreamAcknowledgeAsync(keys.Jobs, _options.ConsumerGroup, result.DeletedIds), cancellationToken);
        }
        if (result.ClaimedEntries.Length == 0)
        {
            return null;
        }
        var entry = result.ClaimedEntries[0];
        var pending = await redis.ExecuteAsync(
            db => db.StreamPendingMessagesAsync(keys.Jobs, _options.ConsumerGroup, 1, RedisValue.Null, entry.Id, entry.Id),
            cancellationToken);
        var attempt = pending.Length == 0 ? 1u : (uint)pending[0].DeliveryCount;
        return new JobDelivery(entry.Id!, (string)entry["sid"]!, attempt);
    }

    /// <summary>Resets the job's idle time, so it is not taken over while this worker is still judging it.</summary>
    public Task HeartbeatAsync(JobDelivery delivery, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(
            db => db.StreamClaimIdsOnlyAsync(keys.Jobs, _options.ConsumerGroup, _options.Name, 0, [delivery.MessageId]),
            cancellationToken);

    /// <summary>Gives up the job without finishing it: its idle time is set to the visibility timeout.</summary>
    public Task HandBackAsync(JobDelivery delivery, CancellationToken cancellationToken) =>
        // XCLAIM to ourselves with IDLE and JUSTID: sets the idle time and leaves the delivery count alone.
        redis.ExecuteAsync(db => db.ExecuteAsync("XCLAIM", keys.Jobs, _options.ConsumerGroup, _options.Name, 0,
            delivery.MessageId, "IDLE", (long)_options.VisibilityTimeout.TotalMilliseconds, "JUSTID"), cancellationToken);

    /// <summary>Done with the job: acknowledged and removed, so the stream's length is the queue's depth.</summary>
    public Task AcknowledgeAsync(JobDelivery delivery, CancellationToken cancellationToken) =>
        RemoveAsync(delivery, _ => { }, cancellationToken);

    public Task DeadLetterAsync(JobDelivery delivery, string reason, CancellationToken cancellationToken) =>
        RemoveAsync(delivery, transaction => transaction.StreamAddAsync(keys.DeadLetters,
        [
            new NameValueEntry("sid", delivery.SubmissionId),
            new NameValueEntry("deliveries", delivery.Attempt),
            new NameValueEntry("reason", reason),
            new NameValueEntry("worker", _options.Name),
        ]), cancellationToken);

    /// <summary>Acknowledges and deletes the job in one transaction, with whatever else must happen with it.</summary>
    private Task RemoveAsync(JobDelivery delivery, Action<ITransaction> alongside, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(async db =>
        {
            var transaction = db.CreateTransaction();
            alongside(transaction);
            _ = transaction.StreamAcknowledgeAsync(keys.Jobs, _options.ConsumerGroup, delivery.MessageId);
            _ = transaction.StreamDeleteAsync(keys.Jobs, [delivery.MessageId]);
            await transaction.ExecuteAsync();
        }, cancellationToken);

    public async Task SubscribeAsync(Action onJobQueued, CancellationToken cancellationToken)
    {
        var multiplexer = await redis.GetMultiplexerAsync(cancellationToken);
        await multiplexer.GetSubscriber().SubscribeAsync(keys.JobsNotify, (_, _) => onJobQueued());
    }
}
