using Google.Protobuf;
using Judge.Contracts.V1;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Judge.Storage.Records;

namespace Judge.Storage;

/// <summary>
/// A submission is one hash (the job, its current state, the attempt and sequence of the last write)
/// plus a stream of events that watchers replay. All writes are scripts, so state, event and
/// notification change together. A finished submission's hash and events expire after
/// <see cref="RetentionOptions.Submissions"/>, idempotency keys after <see cref="RetentionOptions.IdempotencyKeys"/>.
/// </summary>
public sealed class SubmissionStore(RedisExecutor redis, RedisKeys keys, IOptions<RetentionOptions> retention) : ISubmissionJobs
{
    private TimeSpan IdempotencyLifetime => retention.Value.IdempotencyKeys;

    // Idempotent twice over: by idempotency key, and by submission id. The id is new for every
    // call, so finding it already stored (under the key, or as the submission itself) can only mean
    // a retry of this very call whose first run was applied and whose reply was lost: that run
    // created the submission, and the retry says so again instead of calling it a duplicate or
    // queueing it twice. Both checks come before the depth check, so a retry of a call that was
    // queued gets its id even when the queue is full. The depth is the job stream's length: workers
    // delete a job when they acknowledge it, so the stream holds exactly the submissions not yet
    // finished (waiting or being judged). The job's entry names its language, so workers take only jobs they serve.
    //
    // A candidate's submission (KEYS 5-8: its session, the session's submissions, in-flight set and RUN or SUBMIT gate;
    // ARGV 11-15: now in ms, the most in flight, the gate's interval in ms, the submission keys' base, the most
    // submissions a session may have) joins its session
    // in the same step, so no Submit racing it can pass the cap and no cancelled call can leave a submission outside
    // its session: the in-flight set is pruned of submissions found final or gone, then counted; the gate is passed; and
    // after queueing, the submission is added to the session's list and in-flight set (both expiring with the session),
    // the gate shut for its interval and the session's last activity recorded. A session's SUBMIT (KEYS 9, the similarity
    // queue; ARGV 16, the session's id) is queued for fingerprinting in the same step.
    private const string CreateScript = $$"""
        if ARGV[1] ~= '' then
          local existing = redis.call('GET', KEYS[4])
          if existing and existing ~= ARGV[2] then return {0, existing} end
        end
        if redis.call('EXISTS', KEYS[1]) == 1 then return {1, ARGV[2]} end
        local session = #KEYS > 4
        if session then
          if redis.call('EXISTS', KEYS[5]) == 0 then return {-4, '0'} end
          for _, id in ipairs(redis.call('SMEMBERS', KEYS[7])) do
            local final = redis.call('HGET', ARGV[14] .. id, '{{SubmissionFields.Final}}')
            if final == '1' or redis.call('EXISTS', ARGV[14] .. id) == 0 then redis.call('SREM', KEYS[7], id) end
          end
          local total = redis.call('ZCARD', KEYS[6])
          if total >= tonumber(ARGV[15]) then return {-5, tostring(total)} end
          local inflight = redis.call('SCARD', KEYS[7])
          if inflight >= tonumber(ARGV[12]) then return {-2, tostring(inflight)} end
          if tonumber(ARGV[13]) > 0 and redis.call('EXISTS', KEYS[8]) == 1 then
            return {-3, tostring(math.max(redis.call('PTTL', KEYS[8]), 1))}
          end
        end
        local depth = redis.call('XLEN', KEYS[3])
        if depth >= tonumber(ARGV[9]) then return {-1, tostring(depth)} end
        redis.call('HSET', KEYS[1], '{{SubmissionFields.Job}}', ARGV[3], '{{SubmissionFields.State}}', ARGV[4], '{{SubmissionFields.Owner}}', ARGV[8], '{{SubmissionFields.Attempt}}', 0, '{{SubmissionFields.Sequence}}', 0)
        redis.call('XADD', KEYS[2], '*', 'e', ARGV[5])
        redis.call('XADD', KEYS[3], '*', '{{JobEntryFields.SubmissionId}}', ARGV[2], '{{JobEntryFields.Language}}', ARGV[10])
        if ARGV[1] ~= '' then redis.call('SET', KEYS[4], ARGV[2], 'EX', ARGV[6]) end
        if session then
          redis.call('ZADD', KEYS[6], ARGV[11], ARGV[2])
          redis.call('SADD', KEYS[7], ARGV[2])
          local expires = redis.call('PEXPIRETIME', KEYS[5])
          if expires > 0 then
            redis.call('PEXPIREAT', KEYS[6], expires)
            redis.call('PEXPIREAT', KEYS[7], expires)
          end
          if tonumber(ARGV[13]) > 0 then redis.call('SET', KEYS[8], '1', 'PX', ARGV[13]) end
          redis.call('HSET', KEYS[5], 'active_at_ms', ARGV[11])
          if #KEYS > 8 then
            redis.call('XADD', KEYS[9], '*', '{{SimilarityStore.SubmissionField}}', ARGV[2], '{{SimilarityStore.SessionField}}', ARGV[16])
          end
        end
        redis.call('PUBLISH', ARGV[7], ARGV[2])
        return {1, ARGV[2]}
        """;

    // A write applies only if it is newer than the last one: a later attempt, or the same attempt's
    // next sequence number. A final state is never overwritten, so a presumed-dead worker's late
    // write cannot replace a verdict. One (attempt, sequence) pair is written by one reporter once,
    // so finding exactly that pair stored means this write's first run was applied and its reply
    // lost: the retry reports it applied (final or not) and changes nothing. The final write starts the retention of
    // the hash and the events (ARGV[6] ms): nothing writes to a finished submission again.
    private const string WriteScript = $$"""
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local attempt = tonumber(redis.call('HGET', KEYS[1], '{{SubmissionFields.Attempt}}') or '0')
        local seq = tonumber(redis.call('HGET', KEYS[1], '{{SubmissionFields.Sequence}}') or '0')
        local newAttempt, newSeq = tonumber(ARGV[1]), tonumber(ARGV[2])
        if newAttempt == attempt and newSeq == seq then return 1 end
        if redis.call('HGET', KEYS[1], '{{SubmissionFields.Final}}') == '1' then return 0 end
        if newAttempt < attempt or (newAttempt == attempt and newSeq < seq) then return 0 end
        redis.call('HSET', KEYS[1], '{{SubmissionFields.Attempt}}', newAttempt, '{{SubmissionFields.Sequence}}', newSeq, '{{SubmissionFields.State}}', ARGV[3])
        if ARGV[4] == '1' then redis.call('HSET', KEYS[1], '{{SubmissionFields.Final}}', '1') end
        for i = 7, #ARGV do
            redis.call('XADD', KEYS[2], '*', 'e', ARGV[i])
        end
        if ARGV[4] == '1' then
            redis.call('PEXPIRE', KEYS[1], ARGV[6])
            redis.call('PEXPIRE', KEYS[2], ARGV[6])
        end
        redis.call('PUBLISH', ARGV[5], '1')
        return 1
        """;

    public enum CreateOutcome { Created, Duplicate, QueueFull, SessionInFlightFull, SessionTooSoon, SessionMissing, SessionUsedUp }

    /// <summary>
    /// The outcome, and the submission's id (the earlier one for a duplicate); for a full queue the depth that was found,
    /// for a session's full in-flight set how many were in it, for a shut gate how long it stays shut.
    /// </summary>
    public sealed record CreateResult(CreateOutcome Outcome, string SubmissionId, long QueueDepth, TimeSpan RetryAfter = default);

    /// <summary>
    /// What a candidate's submission must pass to join its session, checked and recorded in the same step as the queueing:
    /// at most <paramref name="MaxInFlight"/> of the session's submissions unfinished, and its gate
    /// (<paramref name="Gate"/>, shut for <paramref name="Interval"/> after each pass; zero: no gate), and fewer than
    /// <paramref name="MaxSubmissions"/> submissions in the session so far.
    /// </summary>
    public sealed record SessionAdmission(string SessionId, int MaxInFlight, RedisKey Gate, TimeSpan Interval, DateTimeOffset Now, int MaxSubmissions);

    /// <summary>
    /// Stores the submission and queues its job in one step, unless the caller's idempotency key
    /// already names a submission or <paramref name="maxQueued"/> jobs are already unfinished; a candidate's submission
    /// also passes and joins its session (<paramref name="session"/>) in that step.
    /// Idempotency keys are scoped to <see cref="SubmissionJob.Owner"/>. A retry can repeat the
    /// script after its first run was applied; it finds the submission under this call's own new id
    /// and answers <see cref="CreateOutcome.Created"/> again, storing and queueing nothing more.
    /// </summary>
    public async Task<CreateResult> CreateAsync(SubmissionJob job, Submission initialState, string? idempotencyKey, long maxQueued,
        SessionAdmission? session, CancellationToken cancellationToken)
    {
        var queued = new SubmissionEvent { Status = new StatusChanged { Status = SubmissionStatus.Queued } };
        var id = job.SubmissionId;
        RedisKey[] scriptKeys =
        [
            keys.Submission(id), keys.SubmissionEvents(id), keys.Jobs,
            string.IsNullOrEmpty(idempotencyKey) ? keys.Submission(id) : keys.Idempotency(job.Owner, idempotencyKey),
            .. (session is null ? Array.Empty<RedisKey>() : new RedisKey[]
            {
                keys.Session(session.SessionId), keys.SessionSubmissions(session.SessionId), keys.SessionInFlight(session.SessionId), session.Gate,
            }),
            .. (session is null || job.Mode == SubmitMode.Run ? Array.Empty<RedisKey>() : [keys.SimilarityQueue]),
        ];
        RedisValue[] arguments =
        [
            idempotencyKey ?? "", id, job.ToByteArray(), initialState.ToByteArray(), queued.ToByteArray(),
            (long)IdempotencyLifetime.TotalSeconds, keys.JobsNotify.ToString(), job.Owner, maxQueued, job.Language,
            .. (session is null ? Array.Empty<RedisValue>() : new RedisValue[]
            {
                session.Now.ToUnixTimeMilliseconds(), session.MaxInFlight, (long)session.Interval.TotalMilliseconds, keys.SubmissionBase,
                session.MaxSubmissions, session.SessionId,
            }),
        ];
        var result = (RedisResult[])(await redis.ExecuteAsync(
            db => db.ScriptEvaluateAsync(CreateScript, scriptKeys, arguments), cancellationToken))!;
        var detail = (string)result[1]!;
        return (long)result[0] switch
        {
            1 => new CreateResult(CreateOutcome.Created, detail, 0),
            0 => new CreateResult(CreateOutcome.Duplicate, detail, 0),
            -1 => new CreateResult(CreateOutcome.QueueFull, "", Number(detail)),
            -2 => new CreateResult(CreateOutcome.SessionInFlightFull, "", Number(detail)),
            -3 => new CreateResult(CreateOutcome.SessionTooSoon, "", 0, TimeSpan.FromMilliseconds(Number(detail))),
            -5 => new CreateResult(CreateOutcome.SessionUsedUp, "", Number(detail)),
            _ => new CreateResult(CreateOutcome.SessionMissing, "", 0),
        };
    }

    private static long Number(string text) => long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The submission's state if it exists and <paramref name="owner"/> created it; null otherwise,
    /// so a caller cannot tell another caller's submission from a missing one.
    /// </summary>
    public async Task<Submission?> FindOwnedStateAsync(string submissionId, string owner, CancellationToken cancellationToken)
    {
        var values = await redis.ExecuteAsync(db => db.HashGetAsync(keys.Submission(submissionId), [SubmissionFields.State, SubmissionFields.Owner]), cancellationToken);
        if (values[0].IsNull || values[1].IsNull || (string)values[1]! != owner)
        {
            return null;
        }
        return Submission.Parser.ParseFrom((byte[])values[0]!);
    }

    /// <summary>A submission's state, its job and who created it, read in one call.</summary>
    public sealed record Entry(Submission State, SubmissionJob Job, string Owner);

    /// <summary>The submission's state, job and owner in one round trip, or null when it does not exist (or has expired).</summary>
    public async Task<Entry?> FindEntryAsync(string submissionId, CancellationToken cancellationToken)
    {
        var values = await redis.ExecuteAsync(db => db.HashGetAsync(keys.Submission(submissionId), [SubmissionFields.State, SubmissionFields.Job, SubmissionFields.Owner]), cancellationToken);
        return values[0].IsNull || values[1].IsNull
            ? null
            : new Entry(Submission.Parser.ParseFrom((byte[])values[0]!), SubmissionJob.Parser.ParseFrom((byte[])values[1]!), (string?)values[2] ?? "");
    }

    public async Task<Submission?> FindStateAsync(string submissionId, CancellationToken cancellationToken)
    {
        var value = await redis.ExecuteAsync(db => db.HashGetAsync(keys.Submission(submissionId), SubmissionFields.State), cancellationToken);
        return value.IsNull ? null : Submission.Parser.ParseFrom((byte[])value!);
    }

    public async Task<SubmissionJob?> FindJobAsync(string submissionId, CancellationToken cancellationToken)
    {
        var value = await redis.ExecuteAsync(db => db.HashGetAsync(keys.Submission(submissionId), SubmissionFields.Job), cancellationToken);
        return value.IsNull ? null : SubmissionJob.Parser.ParseFrom((byte[])value!);
    }

    public enum WriteOutcome { Applied, Stale, Missing }

    /// <summary>Stores a new state with its event, unless a newer or final write got there first; retried as the overload below.</summary>
    public Task<WriteOutcome> WriteAsync(Submission state, SubmissionEvent change, uint sequence, bool isFinal, CancellationToken cancellationToken) =>
        WriteAsync(state, [change], sequence, isFinal, cancellationToken);

    /// <summary>
    /// Stores the state and appends the events, in one step, if this write is newer than the stored
    /// one. A retry can repeat the script after its first run was applied (a final write included);
    /// it finds its own attempt and <paramref name="sequence"/> stored and answers
    /// <see cref="WriteOutcome.Applied"/> without appending the events again. So one
    /// (attempt, sequence) pair must be written by one writer only. A final write makes the submission expire after
    /// <see cref="RetentionOptions.Submissions"/>.
    /// </summary>
    public async Task<WriteOutcome> WriteAsync(Submission state, IReadOnlyList<SubmissionEvent> changes, uint sequence, bool isFinal, CancellationToken cancellationToken)
    {
        var id = state.Id;
        RedisValue[] arguments =
        [
            state.Attempt, sequence, state.ToByteArray(), isFinal ? "1" : "0", keys.SubmissionChannel(id).ToString(),
            (long)retention.Value.Submissions.TotalMilliseconds,
            .. changes.Select(change => (RedisValue)change.ToByteArray()),
        ];
        var result = await redis.ExecuteAsync(
            db => db.ScriptEvaluateAsync(WriteScript, [keys.Submission(id), keys.SubmissionEvents(id)], arguments),
            cancellationToken);
        return (long)result switch
        {
            1 => WriteOutcome.Applied,
            0 => WriteOutcome.Stale,
            _ => WriteOutcome.Missing,
        };
    }

    public sealed record StoredEvent(string Id, SubmissionEvent Event);

    /// <summary>Events after <paramref name="afterId"/> ("0-0" for all), oldest first.</summary>
    public async Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string submissionId, string afterId, int count, CancellationToken cancellationToken)
    {
        var entries = await redis.ExecuteAsync(
            db => db.StreamRangeAsync(keys.SubmissionEvents(submissionId), "(" + afterId, "+", count),
            cancellationToken);
        return entries
            .Select(entry => new StoredEvent(entry.Id!, SubmissionEvent.Parser.ParseFrom((byte[])entry["e"]!)))
            .ToList();
    }

    /// <summary>Calls <paramref name="onChange"/> whenever the submission is written; dispose to stop.</summary>
    public async Task<IAsyncDisposable> SubscribeAsync(string submissionId, Action onChange, CancellationToken cancellationToken)
    {
        var multiplexer = await redis.GetMultiplexerAsync(cancellationToken);
        var channel = keys.SubmissionChannel(submissionId);
        var subscriber = multiplexer.GetSubscriber();
        Action<RedisChannel, RedisValue> handler = (_, _) => onChange();
        await subscriber.SubscribeAsync(channel, handler);
        return new Subscription(() => subscriber.UnsubscribeAsync(channel, handler));
    }

    private sealed class Subscription(Func<Task> unsubscribe) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await unsubscribe();
    }
}
