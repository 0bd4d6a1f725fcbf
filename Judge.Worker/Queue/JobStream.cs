using Judge.Storage;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Judge.Worker.Queue;

/// <summary>
/// The job stream as one consumer of the workers' group sees it: new jobs, jobs abandoned by dead
/// consumers (idle past the visibility timeout), heartbeats, acknowledgement and the dead-letter stream.
/// </summary>
internal sealed class JobStream(RedisExecutor redis, RedisKeys keys, ServedLanguages served, IOptions<WorkerOptions> workerOptions,
    IOptions<RetentionOptions> retention, IOptions<RedisOptions> redisOptions)
{
    // Only the run that acknowledges the job adds its dead letter: a retry whose first run was
    // applied finds the job acknowledged already and adds nothing. The stream keeps the newest ARGV[7] dead letters
    // (exact MAXLEN: dead letters are rare, and an exact cap is what operators and the gauge see).
    private const string DeadLetterScript = $$"""
        local acknowledged = redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
        redis.call('XDEL', KEYS[1], ARGV[2])
        if acknowledged == 1 then
          redis.call('XADD', KEYS[2], 'MAXLEN', ARGV[7], '*', '{{JobEntryFields.SubmissionId}}', ARGV[3], '{{JobEntryFields.Deliveries}}', ARGV[4], '{{JobEntryFields.Reason}}', ARGV[5], '{{JobEntryFields.Worker}}', ARGV[6])
        end
        return acknowledged
        """;

    // Takes one job, new (ARGV[4] empty: XREADGROUP) or abandoned for ARGV[4] ms (XPENDING IDLE, then XCLAIM, which
    // counts a delivery), of a language this worker serves (ARGV[6..]; an entry without a language is anyone's), and
    // notes its id under the call's token (KEYS[2]), so a retry whose first run took a job returns that same job. A new
    // job of another language is handed straight back: idle for the visibility timeout (ARGV[5]) and its delivery not
    // counted, so a worker that serves it takes it over at once. Entries deleted while pending are acknowledged away.
    // Returns the id, the submission id and the delivery count, or nil.
    private const string TakeScript = $$"""
        local served = {}
        for i = 6, #ARGV do served[ARGV[i]] = true end
        local function serves(fields)
          for i = 1, #fields, 2 do
            if fields[i] == '{{JobEntryFields.Language}}' then return served[fields[i + 1]] == true end
          end
          return true
        end
        local taken = redis.call('GET', KEYS[2])
        if not taken then
          if ARGV[4] == '' then
            for _ = 1, 16 do
              local read = redis.call('XREADGROUP', 'GROUP', ARGV[1], ARGV[2], 'COUNT', 1, 'STREAMS', KEYS[1], '>')
              if not read then break end
              local entry = read[1][2][1]
              if serves(entry[2]) then
                taken = entry[1]
                break
              end
              redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, entry[1], 'IDLE', ARGV[5], 'RETRYCOUNT', 0, 'JUSTID')
            end
          else
            for _, pending in ipairs(redis.call('XPENDING', KEYS[1], ARGV[1], 'IDLE', ARGV[4], '-', '+', 100)) do
              local entry = redis.call('XRANGE', KEYS[1], pending[1], pending[1])
              if #entry == 0 then
                redis.call('XACK', KEYS[1], ARGV[1], pending[1])
              elseif serves(entry[1][2]) then
                redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[4], pending[1])
                taken = pending[1]
                break
              end
            end
          end
          if not taken then return false end
          redis.call('SET', KEYS[2], taken, 'PX', ARGV[3])
        end
        local entry = redis.call('XRANGE', KEYS[1], taken, taken)
        if #entry == 0 then return false end
        local sid = ''
        for i = 1, #entry[1][2], 2 do
          if entry[1][2][i] == '{{JobEntryFields.SubmissionId}}' then sid = entry[1][2][i + 1] end
        end
        local pending = redis.call('XPENDING', KEYS[1], ARGV[1], taken, taken, 1)
        local deliveries = 1
        if #pending > 0 then deliveries = pending[1][4] end
        return {taken, sid, deliveries}
        """;

    // How long a take's token is kept: longer than every attempt of one call together (the Redis pipeline makes up to
    // four, each bounded by Redis:OperationTimeout, with under a few seconds of backoff between them); 50 s by default.
    private readonly TimeSpan _takenLifetime = redisOptions.Value.OperationTimeout * 4 + TimeSpan.FromSeconds(10);

    private readonly WorkerOptions _options = workerOptions.Value;

    /// <summary>Creates the consumer group unless it exists. A retry after a lost reply finds the group (BUSYGROUP) and is done.</summary>
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

    /// <summary>
    /// Takes one new job of a served language (<see cref="ServedLanguages"/>), handing back new jobs of others. A retry can repeat the read after its first run delivered a job to this
    /// consumer; the call's token names that job, and the retry returns it instead of reading the
    /// next one (which would leave the first pending here until the visibility timeout).
    /// </summary>
    public Task<JobDelivery?> ReadNewAsync(CancellationToken cancellationToken) => TakeAsync("", cancellationToken);

    /// <summary>
    /// Takes over one job of a served language whose consumer has not touched it for the visibility timeout. A retry can
    /// repeat the claim after its first run claimed a job (and counted a delivery); the call's token
    /// names that job, and the retry returns it instead of finding it no longer idle.
    /// </summary>
    public Task<JobDelivery?> ClaimAbandonedAsync(CancellationToken cancellationToken) =>
        TakeAsync((long)_options.VisibilityTimeout.TotalMilliseconds, cancellationToken);

    /// <summary>Runs the take script with a token of its own, which every retry of this call shares.</summary>
    private async Task<JobDelivery?> TakeAsync(RedisValue abandonedFor, CancellationToken cancellationToken)
    {
        // Before any language is registered there is nothing this worker could judge: take nothing (and hand nothing back).
        var languages = served.Ids;
        if (languages.Count == 0)
        {
            return null;
        }
        var token = keys.JobTaken(Guid.NewGuid().ToString("N"));
        var result = await redis.ExecuteAsync(
            db => db.ScriptEvaluateAsync(TakeScript, [keys.Jobs, token],
                [_options.ConsumerGroup, _options.Name, (long)_takenLifetime.TotalMilliseconds, abandonedFor,
                    (long)_options.VisibilityTimeout.TotalMilliseconds, .. languages.Select(id => (RedisValue)id)]),
            cancellationToken);
        if (result.IsNull)
        {
            return null;
        }
        var taken = (RedisResult[])result!;
        return new JobDelivery((string)taken[0]!, (string)taken[1]!, (uint)(long)taken[2]);
    }

    /// <summary>
    /// Resets the job's idle time, so it is not taken over while this worker is still judging it.
    /// A retry repeats the claim to this same consumer, which only resets the idle time again.
    /// </summary>
    public Task HeartbeatAsync(JobDelivery delivery, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(
            db => db.StreamClaimIdsOnlyAsync(keys.Jobs, _options.ConsumerGroup, _options.Name, 0, [delivery.MessageId]),
            cancellationToken);

    /// <summary>
    /// Gives up the job without finishing it: its idle time is set to the visibility timeout, so the next worker to look
    /// takes it over. With <paramref name="uncount"/> this delivery is not counted either (the job was never attempted
    /// here). A retry sets the same idle time and count again (JUSTID leaves the count alone otherwise).
    /// </summary>
    public Task HandBackAsync(JobDelivery delivery, bool uncount, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(db => db.ExecuteAsync("XCLAIM",
        [
            keys.Jobs, _options.ConsumerGroup, _options.Name, 0, delivery.MessageId,
            "IDLE", (long)_options.VisibilityTimeout.TotalMilliseconds,
            .. uncount ? new object[] { "RETRYCOUNT", Math.Max(0, (long)delivery.Attempt - 1) } : [],
            "JUSTID",
        ]), cancellationToken);

    /// <summary>
    /// Done with the job: acknowledged and removed (one transaction), so the stream's length is the
    /// queue's depth. A retry acknowledges and deletes an entry that is gone already: a no-op.
    /// </summary>
    public Task AcknowledgeAsync(JobDelivery delivery, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(async db =>
        {
            var transaction = db.CreateTransaction();
            _ = transaction.StreamAcknowledgeAsync(keys.Jobs, _options.ConsumerGroup, delivery.MessageId);
            _ = transaction.StreamDeleteAsync(keys.Jobs, [delivery.MessageId]);
            await transaction.ExecuteAsync();
        }, cancellationToken);

    /// <summary>
    /// Acknowledges and removes a job that failed every attempt and adds it to the dead-letter
    /// stream, in one script. A retry can repeat the script after its first run was applied; the
    /// dead letter is added only by the run that acknowledged the job, so it is added once. Beyond
    /// <see cref="RetentionOptions.DeadLetters"/> entries, each new dead letter removes the oldest.
    /// </summary>
    public Task DeadLetterAsync(JobDelivery delivery, string reason, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(db => db.ScriptEvaluateAsync(DeadLetterScript, [keys.Jobs, keys.DeadLetters],
            [_options.ConsumerGroup, delivery.MessageId, delivery.SubmissionId, delivery.Attempt, reason, _options.Name, retention.Value.DeadLetters]),
            cancellationToken);

    public async Task SubscribeAsync(Action onJobQueued, CancellationToken cancellationToken)
    {
        var multiplexer = await redis.GetMultiplexerAsync(cancellationToken);
        await multiplexer.GetSubscriber().SubscribeAsync(keys.JobsNotify, (_, _) => onJobQueued());
    }
}
