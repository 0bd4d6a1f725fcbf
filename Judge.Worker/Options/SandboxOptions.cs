using System.ComponentModel.DataAnnotations;

namespace Judge.Worker.Options;

/// <summary>How every sandbox container is locked down, and the limits that are not per problem.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    [Required]
    public string DockerEndpoint { get; set; } = "unix:///var/run/docker.sock";

    /// <summary>Warm containers kept ready per language.</summary>
    [Range(0, 64)]
    public int WarmPerLanguage { get; set; } = 2;

    /// <summary>Unprivileged user the runner and every program run as.</summary>
    [Required]
    public string User { get; set; } = "65534:65534";

    /// <summary>
    /// Submissions one container serves before it is replaced; between them the runner wipes the work
    /// dir, /tmp and /dev/shm (no other place is writable) and every process is gone. 1 = never reuse.
    /// </summary>
    [Range(1, 10000)]
    public int SubmissionsPerContainer { get; set; } = 50;

    [Range(8, 4096)]
    public int PidsLimit { get; set; } = 64;

    [Range(0.1, 64)]
    public double Cpus { get; set; } = 1;

    /// <summary>
    /// Size cap of the work dir's tmpfs (/w): sized for compiling (a large initialised array makes an object
    /// file and a binary of its size). What is stored counts against the container's memory limit anyway.
    /// </summary>
    [Range(1, 16384)]
    public int WorkDirSizeMiB { get; set; } = 1024;

    /// <summary>Size cap of /tmp's tmpfs, the compilers' scratch space (gcc's assembler writes its object there).</summary>
    [Range(1, 16384)]
    public int TmpSizeMiB { get; set; } = 1024;

    /// <summary>Memory for the runner, the work dir's files and buffers, above what a test may use.</summary>
    [Range(8, 4096)]
    public int RunOverheadMiB { get; set; } = 64;

    /// <summary>Wall-clock limit of a test = CPU limit x factor + slack; ends programs that sleep or block.</summary>
    [Range(1.0, 20.0)]
    public double WallTimeFactor { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan WallTimeSlack { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Smallest stdout cap of a test; the cap is at least twice the expected output.</summary>
    [Range(1, 1 << 30)]
    public int MinOutputLimitBytes { get; set; } = 16 << 20;

    [Range(1, 1 << 30)]
    public int StderrLimitBytes { get; set; } = 64 << 10;

    /// <summary>Largest file a program may write (RLIMIT_FSIZE).</summary>
    [Range(1L, 1L << 40)]
    public long FileSizeLimitBytes { get; set; } = 64L << 20;

    /// <summary>Compiler messages kept for COMPILATION_ERROR.</summary>
    [Range(1, 1 << 20)]
    public int CompileOutputLimitBytes { get; set; } = 64 << 10;

    /// <summary>Program output returned to the caller for sample tests.</summary>
    [Range(0, 1 << 20)]
    public int SampleOutputLimitBytes { get; set; } = 64 << 10;

    /// <summary>
    /// Tests of a submission run as batches of this many at most, in one runner request each (1 = one request per
    /// test): the worker checks one test while the next runs, and no request crosses the engine per test.
    /// </summary>
    [Range(1, 4096)]
    public int TestBatchSize { get; set; } = 64;

    /// <summary>
    /// How much of a batch's answered stdout files the worker may not have read yet when the next test starts, MiB: they
    /// live in the sandbox's memory, so this is added to its memory limit (the runner waits beyond it).
    /// </summary>
    [Range(1, 1024)]
    public int BatchStdoutBacklogMiB { get; set; } = 16;

    /// <summary>
    /// Sandboxes that run one submission's tests at once, each pinned to a CPU core of its own (the engine's cpuset), the
    /// tests of a group split between them and recorded in test order. 1 (default) = off: one sandbox, not pinned.
    /// With N &gt; 1 on an engine of 2 or more cores every submission's sandbox is pinned to a core of its own (a core
    /// allocator sized for Worker:Concurrency never gives one core to two sandboxes of this worker at once, nor lets one
    /// submission's extra sandboxes take the core a later submission would need), and a submission with at least
    /// <see cref="ParallelTestsMinTests"/> tests also takes up to N-1 more cores when they are free, with one more warm
    /// sandbox of its language each, into which the compiled program is unpacked from the compiled-program cache
    /// (Worker:CompiledProgramCacheMiB must not be 0). Extras need cores beyond Worker:Concurrency: e.g. 2 cores,
    /// Concurrency 1. Off by default because tests running side by side share the memory bus, the last-level cache and
    /// the cores with the worker, Redis and compiles, which are not pinned; see README, "Parallel tests".
    /// </summary>
    [Range(1, 64)]
    public int ParallelTests { get; set; } = 1;

    /// <summary>Fewest tests (in the whole plan) for which a submission runs its tests in parallel; fewer run in one sandbox.</summary>
    [Range(2, 100000)]
    public int ParallelTestsMinTests { get; set; } = 8;

    /// <summary>Beyond the wall-clock limit, how long a runner may take to answer before its container counts as broken.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RunnerReplySlack { get; set; } = TimeSpan.FromSeconds(15);

    public const string WorkDirectory = "/w";
}
