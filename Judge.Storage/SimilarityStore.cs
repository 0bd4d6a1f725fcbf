using Google.Protobuf;
using Judge.Storage.Records;
using StackExchange.Redis;

namespace Judge.Storage;

/// <summary>
/// Similarity across candidates in Redis (docs/similarity.md): the queue of SUBMITs to fingerprint (filled by
/// <see cref="SubmissionStore.CreateAsync"/> in the step that queues a session's SUBMIT, so none is missed), each SUBMIT's
/// fingerprints, the order they were indexed in per key, problem and language family, and the pairs found, per submission
/// and per problem. Everything expires <see cref="RetentionOptions.Submissions"/> after its last write, as submissions do.
/// </summary>
public sealed class SimilarityStore(RedisExecutor redis, RedisKeys keys)
{
    /// <summary>The consumer group of the workers' indexers on <see cref="RedisKeys.SimilarityQueue"/>.</summary>
    public const string Group = "indexers";

    /// <summary>Fields of a queue entry.</summary>
    public const string SubmissionField = "submission";
    public const string SessionField = "session";

    // KEYS: the print, the group's list, the owner's indexed counts; ARGV: print, id, retention (ms), problem id.
    // Stores the print and appends the id once (a retry finds the print and answers the id's place): answers the 1-based
    // place of the id in the list, so the caller compares it with exactly the ids before it.
    private const string AddPrintScript = """
        if redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3], 'NX') then
          local place = redis.call('RPUSH', KEYS[2], ARGV[2])
          redis.call('PEXPIRE', KEYS[2], ARGV[3])
          redis.call('HINCRBY', KEYS[3], ARGV[4], 1)
          redis.call('PEXPIRE', KEYS[3], ARGV[3])
          return place
        end
        local found = redis.call('LPOS', KEYS[2], ARGV[2])
        if found then return found + 1 end
        local place = redis.call('RPUSH', KEYS[2], ARGV[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[3])
        return place
        """;

    /// <summary>An entry of the queue and how many times it has been handed out (1: this is the first).</summary>
    public sealed record QueueEntry(string EntryId, string SubmissionId, string SessionId, int Deliveries);

    /// <summary>Creates the consumer group if it does not exist (idempotent).</summary>
    public async Task EnsureGroupAsync(CancellationToken cancellationToken)
    {
        try
        {
            await redis.ExecuteAsync(db => db.StreamCreateConsumerGroupAsync(keys.SimilarityQueue, Group, "0-0", createStream: true), cancellationToken);
        }
        catch (RedisServerException e) when (e.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> entries for <paramref name="consumer"/>: first those another consumer took and left
    /// for longer than <paramref name="claimAfter"/> (it died), then new ones.
    /// </summary>
    public async Task<IReadOnlyList<QueueEntry>> TakeAsync(string consumer, int count, TimeSpan claimAfter, CancellationToken cancellationToken)
    {
        var claimed = await redis.ExecuteAsync(
            db => db.StreamAutoClaimAsync(keys.SimilarityQueue, Group, consumer, (long)claimAfter.TotalMilliseconds, "0-0", count), cancellationToken);
        var entries = claimed.ClaimedEntries.Where(e => !e.IsNull).ToList();
        if (entries.Count == 0)
        {
            var fresh = await redis.ExecuteAsync(db => db.StreamReadGroupAsync(keys.SimilarityQueue, Group, consumer, ">", count), cancellationToken);
            return fresh.Select(e => Entry(e, 1)).ToList();
        }
        // Taken over from an indexer that stopped (or crashed on it): how often it has been handed out already.
        var taken = new List<QueueEntry>();
        foreach (var entry in entries)
        {
            var pending = await redis.ExecuteAsync(
                db => db.StreamPendingMessagesAsync(keys.SimilarityQueue, Group, 1, consumer, entry.Id, entry.Id), cancellationToken);
            taken.Add(Entry(entry, pending.Length == 0 ? 1 : pending[0].DeliveryCount));
        }
        return taken;

        static QueueEntry Entry(StreamEntry e, int deliveries) =>
            new(e.Id!, (string?)e[SubmissionField] ?? "", (string?)e[SessionField] ?? "", deliveries);
    }

    /// <summary>Acknowledges and deletes an entry, so the stream's length is the number still to index.</summary>
    public Task DoneAsync(string entryId, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(async db =>
        {
            await db.StreamAcknowledgeAsync(keys.SimilarityQueue, Group, entryId);
            await db.StreamDeleteAsync(keys.SimilarityQueue, [entryId]);
        }, cancellationToken);

    /// <summary>SUBMITs of every key and problem waiting to be indexed.</summary>
    public Task<long> PendingAsync(CancellationToken cancellationToken) =>
        redis.ExecuteAsync(db => db.StreamLengthAsync(keys.SimilarityQueue), cancellationToken);

    /// <summary>Stores a print (once) and appends it to its group; answers its 1-based place in the group.</summary>
    public async Task<long> AddPrintAsync(StoredPrint print, TimeSpan retention, CancellationToken cancellationToken)
    {
        RedisKey[] scriptKeys = [keys.SimilarityPrint(print.SubmissionId), keys.SimilarityGroup(print.Owner, print.ProblemId, print.Family), keys.SimilarityIndexed(print.Owner)];
        RedisValue[] arguments = [print.ToByteArray(), print.SubmissionId, (long)retention.TotalMilliseconds, print.ProblemId];
        return (long)await redis.ExecuteAsync(db => db.ScriptEvaluateAsync(AddPrintScript, scriptKeys, arguments), cancellationToken);
    }

    /// <summary>The ids at 0-based places [<paramref name="from"/>, <paramref name="to"/>] of a group.</summary>
    public async Task<IReadOnlyList<string>> GroupAsync(string owner, string problemId, string family, long from, long to, CancellationToken cancellationToken)
    {
        var values = await redis.ExecuteAsync(db => db.ListRangeAsync(keys.SimilarityGroup(owner, problemId, family), from, to), cancellationToken);
        return values.Select(v => (string)v!).ToList();
    }

    /// <summary>The prints of <paramref name="submissionIds"/>, null where expired.</summary>
    public async Task<IReadOnlyList<StoredPrint?>> PrintsAsync(IReadOnlyList<string> submissionIds, CancellationToken cancellationToken)
    {
        if (submissionIds.Count == 0)
        {
            return [];
        }
        var values = await redis.ExecuteAsync(db => db.StringGetAsync(submissionIds.Select(id => (RedisKey)keys.SimilarityPrint(id)).ToArray()), cancellationToken);
        return values.Select(v => v.IsNull ? null : StoredPrint.Parser.ParseFrom((byte[])v!)).ToList();
    }

    /// <summary>Stores a pair for its problem and for both submissions (idempotent).</summary>
    public Task AddPairAsync(string owner, string problemId, StoredPair pair, TimeSpan retention, CancellationToken cancellationToken)
    {
        var member = PairMember(pair.A, pair.B);
        return redis.ExecuteAsync(async db =>
        {
            var batch = db.CreateBatch();
            RedisKey[] touched = [keys.SimilarityPairs(owner, problemId), keys.SimilarityPairDetails(owner, problemId), keys.SimilarityNear(pair.A), keys.SimilarityNear(pair.B)];
            var writes = new List<Task>
            {
                batch.SortedSetAddAsync(touched[0], member, pair.Similarity),
                batch.HashSetAsync(touched[1], member, pair.ToByteArray()),
                batch.SortedSetAddAsync(touched[2], pair.B, pair.Similarity),
                batch.SortedSetAddAsync(touched[3], pair.A, pair.Similarity),
            };
            writes.AddRange(touched.Select(key => batch.KeyExpireAsync(key, retention)));
            batch.Execute();
            await Task.WhenAll(writes);
        }, cancellationToken);
    }

    /// <summary>A submission's stored pairs at or above <paramref name="minimum"/>, most similar first: (other id, similarity).</summary>
    public async Task<IReadOnlyList<(string Other, double Similarity)>> NearAsync(string submissionId, double minimum, int count, CancellationToken cancellationToken)
    {
        var entries = await redis.ExecuteAsync(
            db => db.SortedSetRangeByScoreWithScoresAsync(keys.SimilarityNear(submissionId), minimum, double.PositiveInfinity, Exclude.None, Order.Descending, 0, count),
            cancellationToken);
        return entries.Select(e => ((string)e.Element!, e.Score)).ToList();
    }

    /// <summary>One key's pairs of a problem at or above <paramref name="minimum"/>, most similar first, from place <paramref name="skip"/>.</summary>
    public async Task<IReadOnlyList<StoredPair>> PairsAsync(string owner, string problemId, double minimum, long skip, int count, CancellationToken cancellationToken)
    {
        var members = await redis.ExecuteAsync(
            db => db.SortedSetRangeByScoreAsync(keys.SimilarityPairs(owner, problemId), minimum, double.PositiveInfinity, Exclude.None, Order.Descending, skip, count),
            cancellationToken);
        return await DetailsAsync(owner, problemId, members.Select(m => (string)m!).ToList(), cancellationToken);
    }

    /// <summary>The stored pairs of <paramref name="submissionId"/> with each of <paramref name="others"/> that has one, in one read.</summary>
    public Task<IReadOnlyList<StoredPair>> PairsWithAsync(string owner, string problemId, string submissionId, IReadOnlyList<string> others, CancellationToken cancellationToken) =>
        DetailsAsync(owner, problemId, others.Select(other => PairMember(submissionId, other)).ToList(), cancellationToken);

    /// <summary>How many SUBMITs of <paramref name="problemId"/> this key's sessions have had indexed.</summary>
    public async Task<long> IndexedAsync(string owner, string problemId, CancellationToken cancellationToken) =>
        (long?)await redis.ExecuteAsync(db => db.HashGetAsync(keys.SimilarityIndexed(owner), problemId), cancellationToken) ?? 0;

    private async Task<IReadOnlyList<StoredPair>> DetailsAsync(string owner, string problemId, IReadOnlyList<string> members, CancellationToken cancellationToken)
    {
        if (members.Count == 0)
        {
            return [];
        }
        var values = await redis.ExecuteAsync(
            db => db.HashGetAsync(keys.SimilarityPairDetails(owner, problemId), members.Select(m => (RedisValue)m).ToArray()), cancellationToken);
        return values.Where(v => !v.IsNull).Select(v => StoredPair.Parser.ParseFrom((byte[])v!)).ToList();
    }

    /// <summary>A pair's name: both ids in ordinal order, so (a, b) and (b, a) are one pair.</summary>
    private static string PairMember(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a} {b}" : $"{b} {a}";
}
