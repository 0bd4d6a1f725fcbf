using System.Globalization;
using Judge.Api.Validation;

namespace Judge.Api.Integrity;

/// <summary>
/// A timeline's paging: page_size 1-5000 (0: 1000), fewer when the events pass <see cref="MaxPageBytes"/>, and page_token
/// the index of the page's first event.
/// </summary>
public static class TimelinePages
{
    public const int DefaultSize = 1000;
    public const int MaxSize = 5000;

    /// <summary>
    /// Bytes of events one page carries at most (at least one event): a session's activity runs to 64 MiB
    /// (Assessments:MaxActivityBytes), and a page of it with the first page's RUNs and SUBMITs (and, for the Review service,
    /// the report) must stay under the API's 64 MiB message cap, or that session's timeline and replay could not be read.
    /// </summary>
    public const long MaxPageBytes = 8L * 1024 * 1024;

    /// <summary>How many of <paramref name="events"/>, from the first, fit in <paramref name="budget"/> bytes (at least one).</summary>
    public static int Fitting(IReadOnlyList<Google.Protobuf.IMessage> events, long budget = MaxPageBytes)
    {
        long bytes = 0;
        for (var i = 0; i < events.Count; i++)
        {
            bytes += events[i].CalculateSize();
            if (bytes > budget && i > 0)
            {
                return i;
            }
        }
        return events.Count;
    }

    /// <summary>The page's first event and size.</summary>
    /// <exception cref="Grpc.Core.RpcException">INVALID_ARGUMENT naming page_size or page_token.</exception>
    public static (long Start, int Size) Parse(uint pageSize, string pageToken)
    {
        if (pageSize > MaxSize)
        {
            throw Invalid.Argument($"page_size: {pageSize}; at most {MaxSize}");
        }
        long start = 0;
        if (pageToken.Length > 0 && (!pageToken.StartsWith('e') || !long.TryParse(pageToken.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out start)))
        {
            throw Invalid.Argument("page_token is not a next_page_token that a timeline returned");
        }
        return (start, pageSize == 0 ? DefaultSize : (int)pageSize);
    }

    /// <summary>The token of the page that starts at event <paramref name="start"/>.</summary>
    public static string Token(long start) => "e" + start.ToString(CultureInfo.InvariantCulture);
}
