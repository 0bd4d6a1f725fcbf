using System.Globalization;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Judge.Contracts.V1;
using StackExchange.Redis;

namespace Judge.Storage;

/// <summary>
/// The candidate's recorded editing activity (<see cref="RedisKeys.SessionActivity"/>), kept as long as the session:
/// an append is one script that stores at most what the session's caps (events and bytes) leave room for (the rest is
/// counted as dropped in the session's hash), puts each event's time on the server's clock in order (never before the previous event, nor
/// before the session's latest RUN or SUBMIT was created, so that playback at a submission's time holds exactly what
/// was recorded before it), records each editor's text length for the next batch's range checks, gives the keys the
/// session's expiry and records the candidate's last activity.
/// </summary>
public sealed class SessionActivityStore(RedisExecutor redis, RedisKeys keys)
{
    private const string DroppedField = "activity_dropped";

    // KEYS: the session, its activity, its editors' lengths, its submissions; ARGV: the cap in units, now (ms), n, the
    // cap in bytes, then n times (ms), n events, n units (an edit counts once per change, any other event once), then
    // pairs of editor field and length. Answers {accepted, dropped in all}, or {-1, 0} (no session). Events are taken in
    // order while both caps leave room; once one does not fit, neither it nor any later one is kept.
    private const string AppendScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return {-1, 0} end
        local n = tonumber(ARGV[3])
        local cap = tonumber(ARGV[1])
        local units = tonumber(redis.call('HGET', KEYS[1], 'activity_units') or redis.call('LLEN', KEYS[2]))
        local bytes = tonumber(redis.call('HGET', KEYS[1], 'activity_bytes') or '0')
        local most = tonumber(ARGV[4])
        local now = tonumber(ARGV[2])
        local floor = tonumber(redis.call('HGET', KEYS[1], 'activity_last_ms') or '0')
        local latest = redis.call('ZRANGE', KEYS[4], -1, -1, 'WITHSCORES')
        if #latest == 2 then floor = math.max(floor, tonumber(latest[2]) + 1) end
        local take = 0
        for i = 1, n do
          local event = ARGV[4 + n + i]
          local weight = tonumber(ARGV[4 + 2 * n + i])
          if bytes + #event > most or units + weight > cap then break end
          bytes = bytes + #event
          units = units + weight
          local at = math.max(math.min(tonumber(ARGV[4 + i]), now), floor)
          floor = at
          redis.call('RPUSH', KEYS[2], string.format('%.0f', at) .. ':' .. event)
          take = i
        end
        -- Once an event does not fit, nothing later does either: the stored history has no gaps.
        if take < n then
          bytes = math.max(bytes, most)
          units = math.max(units, cap)
        end
        redis.call('HSET', KEYS[1], 'activity_bytes', string.format('%.0f', bytes), 'activity_units', string.format('%.0f', units))
        local dropped = tonumber(redis.call('HGET', KEYS[1], 'activity_dropped') or '0')
        if take < n then dropped = redis.call('HINCRBY', KEYS[1], 'activity_dropped', n - take) end
        if take > 0 then
          redis.call('HSET', KEYS[1], 'activity_last_ms', string.format('%.0f', floor), 'active_at_ms', ARGV[2])
          if take == n then
            for i = 5 + 3 * n, #ARGV, 2 do redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 1]) end
          end
          local expires = redis.call('PEXPIRETIME', KEYS[1])
          if expires > 0 then
            redis.call('PEXPIREAT', KEYS[2], expires)
            if redis.call('EXISTS', KEYS[3]) == 1 then redis.call('PEXPIREAT', KEYS[3], expires) end
          end
        end
        return {take, dropped}
        """;

    /// <summary>What one session keeps at most: events (an edit counting once per change), and bytes of stored events (serialized).</summary>
    public sealed record Caps(int MaxEvents, long MaxBytes);

    /// <summary>
    /// One event to store, with its time on the server's clock (ms since the epoch) and what it counts toward the cap in
    /// events: an edit once per change (replaying each costs up to the text's length), any other event once.
    /// </summary>
    public sealed record NewEvent(long AtMs, ActivityEvent Event, int Units = 1);

    /// <summary>Events stored from a batch (null: the session does not exist) and the events dropped in all.</summary>
    public sealed record AppendResult(int? Accepted, long Dropped);

    /// <summary>One page of a session's activity, oldest first, each event's <c>at</c> the stored time.</summary>
    public sealed record Page(IReadOnlyList<ActivityEvent> Events, long Total, long Dropped);

    /// <summary>
    /// Appends <paramref name="events"/> (in order) while the session keeps fewer than <paramref name="caps"/>' events
    /// (each counting its <see cref="NewEvent.Units"/>) and bytes (each event's serialized size), and, when all were stored, records <paramref name="editorLengths"/>
    /// ("{problem}/{language}" to UTF-16 length). Events past a cap are counted as dropped.
    /// </summary>
    public async Task<AppendResult> AppendAsync(string sessionId, IReadOnlyList<NewEvent> events, Caps caps, DateTimeOffset now,
        IReadOnlyDictionary<string, int> editorLengths, CancellationToken cancellationToken)
    {
        RedisKey[] scriptKeys = [keys.Session(sessionId), keys.SessionActivity(sessionId), keys.SessionEditorLengths(sessionId), keys.SessionSubmissions(sessionId)];
        var arguments = new List<RedisValue> { caps.MaxEvents, now.ToUnixTimeMilliseconds(), events.Count, caps.MaxBytes };
        arguments.AddRange(events.Select(e => (RedisValue)e.AtMs));
        arguments.AddRange(events.Select(e => (RedisValue)WithoutTime(e.Event).ToByteArray()));
        arguments.AddRange(events.Select(e => (RedisValue)Math.Max(1, e.Units)));
        foreach (var (field, length) in editorLengths)
        {
            arguments.Add(field);
            arguments.Add(length);
        }
        var result = (RedisResult[])(await redis.ExecuteAsync(db => db.ScriptEvaluateAsync(AppendScript, scriptKeys, [.. arguments]), cancellationToken))!;
        var accepted = (long)result[0];
        return new AppendResult(accepted < 0 ? null : (int)accepted, (long)result[1]);
    }

    /// <summary>Events [<paramref name="start"/>, start + <paramref name="count"/>) of the session, the total stored and the dropped.</summary>
    public async Task<Page> ReadAsync(string sessionId, long start, int count, CancellationToken cancellationToken)
    {
        var (values, total, dropped) = await redis.ExecuteAsync(async db =>
        {
            var range = db.ListRangeAsync(keys.SessionActivity(sessionId), start, start + count - 1);
            var length = db.ListLengthAsync(keys.SessionActivity(sessionId));
            var droppedValue = db.HashGetAsync(keys.Session(sessionId), DroppedField);
            return (await range, await length, await droppedValue);
        }, cancellationToken);
        return new Page(values.Select(v => Parse((byte[])v!)).ToList(), total, dropped.IsNull ? 0 : (long)dropped);
    }

    /// <summary>Every stored event of the session, oldest first.</summary>
    public async Task<IReadOnlyList<ActivityEvent>> ReadAllAsync(string sessionId, CancellationToken cancellationToken)
    {
        var values = await redis.ExecuteAsync(db => db.ListRangeAsync(keys.SessionActivity(sessionId)), cancellationToken);
        return values.Select(v => Parse((byte[])v!)).ToList();
    }

    /// <summary>Each editor's text length as the stored activity leaves it: "{problem id}/{language}" to UTF-16 code units.</summary>
    public async Task<IReadOnlyDictionary<string, int>> EditorLengthsAsync(string sessionId, CancellationToken cancellationToken)
    {
        var entries = await redis.ExecuteAsync(db => db.HashGetAllAsync(keys.SessionEditorLengths(sessionId)), cancellationToken);
        return entries.ToDictionary(e => (string)e.Name!, e => (int)e.Value, StringComparer.Ordinal);
    }

    /// <summary>An editor's field: problem ids and language ids contain no '/'.</summary>
    public static string EditorField(string problemId, string language) => $"{problemId}/{language}";

    private static ActivityEvent WithoutTime(ActivityEvent e)
    {
        var copy = e.Clone();
        copy.At = null;
        return copy;
    }

    private static ActivityEvent Parse(byte[] entry)
    {
        var colon = Array.IndexOf(entry, (byte)':');
        var at = long.Parse(Encoding.ASCII.GetString(entry, 0, colon), NumberStyles.None, CultureInfo.InvariantCulture);
        var e = ActivityEvent.Parser.ParseFrom(entry, colon + 1, entry.Length - colon - 1);
        e.At = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(at));
        return e;
    }
}
