using System.Runtime.CompilerServices;
using StackExchange.Redis;

namespace Judge.Storage;

/// <summary>SCAN through the Redis pipeline, a page at a time (each page retried on its own; a key may come twice).</summary>
internal static class RedisScan
{
    /// <summary>Pages of key names matching <paramref name="pattern"/> (with the prefix), about <paramref name="pageSize"/> keys looked at per page.</summary>
    public static async IAsyncEnumerable<string[]> ScanAsync(this RedisExecutor redis, string pattern,
        [EnumeratorCancellation] CancellationToken cancellationToken, int pageSize = 1000)
    {
        var cursor = "0";
        do
        {
            var page = (RedisResult[])(await redis.ExecuteAsync(
                db => db.ExecuteAsync("SCAN", cursor, "MATCH", pattern, "COUNT", pageSize), cancellationToken))!;
            cursor = (string)page[0]!;
            yield return ((RedisResult[])page[1]!).Select(key => (string)key!).ToArray();
        }
        while (cursor != "0");
    }
}
