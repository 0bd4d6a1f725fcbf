using System.Globalization;
using Judge.Api.Validation;

namespace Judge.Api.Integrity;

/// <summary>A timeline's paging: page_size 1-5000 (0: 1000), and page_token the index of the page's first event.</summary>
public static class TimelinePages
{
    public const int DefaultSize = 1000;
    public const int MaxSize = 5000;

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
