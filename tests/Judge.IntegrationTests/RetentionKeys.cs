using StackExchange.Redis;

namespace Judge.IntegrationTests;

/// <summary>Reading a harness's keys for the retention tests: names under its prefix (without it), and waiting for keys to go.</summary>
public static class RetentionKeys
{
    /// <summary>Every key under the harness's prefix, the prefix cut off (SCAN leaves out keys that have expired).</summary>
    public static async Task<IReadOnlySet<string>> KeysAsync(this JudgeHarness judge, string pattern = "*")
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(JudgeHarness.RedisAddress);
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var key in redis.GetServers()[0].KeysAsync(pattern: judge.KeyPrefix + pattern, pageSize: 1000))
        {
            names.Add(((string)key!)[judge.KeyPrefix.Length..]);
        }
        return names;
    }

    /// <summary>Waits until no key matches <paramref name="pattern"/>; returns those still there after <paramref name="timeout"/>.</summary>
    public static async Task<IReadOnlySet<string>> WaitUntilGoneAsync(this JudgeHarness judge, string pattern, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = await judge.KeysAsync(pattern);
            if (left.Count == 0 || DateTime.UtcNow > deadline)
            {
                return left;
            }
            await Task.Delay(200);
        }
    }

    /// <summary>Milliseconds the key (under the prefix) has left: -1 when it has no expiry, -2 when it does not exist.</summary>
    public static async Task<long> TimeToLiveMsAsync(this JudgeHarness judge, string key) =>
        (long)await (await judge.RedisAsync()).ExecuteAsync("PTTL", judge.KeyPrefix + key);
}
