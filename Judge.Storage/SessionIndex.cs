using System.Buffers.Text;
using System.Globalization;
using System.Text;
using StackExchange.Redis;

namespace Judge.Storage;

/// <summary>
/// Lists the sessions one API key created, newest start first, from the index <see cref="SessionStore.CreateAsync"/>
/// writes (<see cref="RedisKeys.SessionsByCreator"/>, <see cref="RedisKeys.SessionsByCandidate"/>). Entries whose session
/// has expired are dropped from the index as they are met. Pages are resumed from a token naming the last session
/// returned (its start and id), so sessions created meanwhile neither repeat nor shift a page.
/// </summary>
public sealed class SessionIndex(RedisExecutor redis, RedisKeys keys, SessionStore sessions)
{
    /// <summary>A page of sessions and the token of the next page (null on the last).</summary>
    public sealed record Page(IReadOnlyList<SessionRecord> Sessions, string? NextPageToken);

    /// <summary>
    /// Up to <paramref name="pageSize"/> sessions of <paramref name="creator"/> (of one candidate when
    /// <paramref name="candidateRef"/> is given) whose start lies in [<paramref name="startsAfter"/>,
    /// <paramref name="startsBefore"/>), newest start first, after the one <paramref name="pageToken"/> names.
    /// </summary>
    /// <exception cref="FormatException">The page token is not one this index issued.</exception>
    public async Task<Page> ListAsync(string creator, string? candidateRef, DateTimeOffset? startsAfter, DateTimeOffset? startsBefore,
        int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        var key = candidateRef is null ? keys.SessionsByCreator(creator) : keys.SessionsByCandidate(creator, candidateRef);
        var after = pageToken is null ? ((double, string)?)null : Decode(pageToken);
        double high = after?.Item1 ?? (startsBefore is { } before ? before.ToUnixTimeMilliseconds() : double.PositiveInfinity);
        var exclude = after is null && startsBefore is not null ? Exclude.Stop : Exclude.None;
        double low = startsAfter?.ToUnixTimeMilliseconds() ?? double.NegativeInfinity;
        var found = new List<SessionRecord>();
        var offset = 0L;
        const int Batch = 64;
        while (found.Count <= pageSize)
        {
            var entries = await redis.ExecuteAsync(db => db.SortedSetRangeByScoreWithScoresAsync(key, low, high, exclude, Order.Descending, offset, Batch), cancellationToken);
            offset += entries.Length;
            foreach (var entry in entries)
            {
                var id = (string)entry.Element!;
                // Sessions of one start are in descending id order: those up to the token's were on an earlier page.
                if (after is { } token && entry.Score == token.Item1 && string.CompareOrdinal(id, token.Item2) >= 0)
                {
                    continue;
                }
                if (await sessions.FindAsync(id, cancellationToken) is { } record)
                {
                    found.Add(record);
                    if (found.Count > pageSize)
                    {
                        break;
                    }
                }
                else
                {
                    await redis.ExecuteAsync(db => db.SortedSetRemoveAsync(key, id), cancellationToken);
                    offset--;
                }
            }
            if (entries.Length < Batch)
            {
                break;
            }
        }
        if (found.Count <= pageSize)
        {
            return new Page(found, null);
        }
        var last = found[pageSize - 1];
        return new Page(found.Take(pageSize).ToList(), Encode(last.StartsAt.ToUnixTimeMilliseconds(), last.Session.Id));
    }

    private static string Encode(long startMs, string id) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"{startMs.ToString(CultureInfo.InvariantCulture)}:{id}"));

    private static (double, string) Decode(string token)
    {
        var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token));
        var colon = text.IndexOf(':');
        if (colon <= 0 || !long.TryParse(text.AsSpan(0, colon), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var start) || colon == text.Length - 1)
        {
            throw new FormatException("not a page token of this index");
        }
        return (start, text[(colon + 1)..]);
    }
}
