using System.ComponentModel.DataAnnotations;

namespace Judge.Api;

/// <summary>What the API accepts. Every bound is checked before anything is stored or queued.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    [Range(1, 16 * 1024 * 1024)]
    public int MaxSourceBytes { get; set; } = 64 * 1024;

    /// <summary>Largest stdin of a custom-input RUN, bytes.</summary>
    [Range(0, 16 * 1024 * 1024)]
    public int MaxCustomInputBytes { get; set; } = 1 << 20;

    /// <summary>Largest problem statement (Markdown), bytes.</summary>
    [Range(0, 1 << 20)]
    public int MaxStatementBytes { get; set; } = 64 * 1024;

    /// <summary>Largest total of a program checker's files (testlib.h included), bytes.</summary>
    [Range(0, 1 << 20)]
    public int MaxCheckerBytes { get; set; } = 512 * 1024;

    [Range(1, 100_000)]
    public int MaxTests { get; set; } = 1000;

    [Range(1L, 1L << 32)]
    public long MaxTestFileBytes { get; set; } = 64L << 20;

    [Range(1L, 1L << 34)]
    public long MaxProblemBytes { get; set; } = 256L << 20;

    /// <summary>Largest input or expected output of a sample test (samples are returned by GetProblem).</summary>
    [Range(1, 4 * 1024 * 1024)]
    public int MaxSampleBytes { get; set; } = 1 << 20;

    [Range(1, 600_000)]
    public uint MinTimeLimitMs { get; set; } = 50;

    [Range(1, 600_000)]
    public uint MaxTimeLimitMs { get; set; } = 30_000;

    [Range(1, 1 << 20)]
    public uint MinMemoryLimitMiB { get; set; } = 16;

    [Range(1, 1 << 20)]
    public uint MaxMemoryLimitMiB { get; set; } = 2048;

    /// <summary>
    /// Unfinished submissions (waiting or being judged) past which Submit answers RESOURCE_EXHAUSTED
    /// instead of queueing more.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxQueuedSubmissions { get; set; } = 10_000;

    /// <summary>
    /// How long an upload with solutions waits for them to be judged against the new version before it is
    /// refused with ABORTED (the version is deleted, the current one stays).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SelfCheckTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a caller refused for a full queue is told to wait (trailer retry-after-ms).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan QueueFullRetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}
