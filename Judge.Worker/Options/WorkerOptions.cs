using System.ComponentModel.DataAnnotations;

namespace Judge.Worker.Options;

public sealed class WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>Consumer name in the job stream's group and label on this worker's containers. Unique per process.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]{1,64}$")]
    public string Name { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    [Required]
    public string ConsumerGroup { get; set; } = "workers";

    /// <summary>Submissions judged at once by this process.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 2;

    /// <summary>
    /// The CPU cores this worker keeps busy at once (CpuBudget): compiles, tests, program checkers and interactors
    /// together; 0 for every core of the engine. Workers that share an engine each get their share of its cores.
    /// </summary>
    [Range(0, 1024)]
    public int Cores { get; set; }

    /// <summary>A job pending this long without a heartbeat is taken over by another worker.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After this many deliveries a job is finished with INTERNAL_ERROR and dead-lettered.</summary>
    [Range(1, 100)]
    public int MaxDeliveries { get; set; } = 4;

    /// <summary>How often an idle worker looks at the stream when no notice woke it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// On shutdown (SIGTERM), how long jobs in flight may take to finish; those that do not are handed
    /// back to the queue at once, for another worker.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A job loop silent this long makes GET /healthz/live fail (see LoopWatch); above a third of VisibilityTimeout.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LivenessTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The languages this worker serves, by id (e.g. ["cpp", "python"]); empty for every language of its table. A job of
    /// another language is handed back to the queue for a worker that serves it.
    /// </summary>
    public string[] Languages { get; set; } = [];

    /// <summary>
    /// Host directory for the worker's private files (test-data cache, sandboxes' stdin and stdout), made
    /// mode 0700; each worker uses the subdirectory of its <see cref="Name"/> (see WorkerDirectories).
    /// </summary>
    [Required]
    public string DataDirectory { get; set; } = "/var/lib/judge/worker";

    /// <summary>
    /// Host directory, on a tmpfs, for the sandboxes' stdout files (made mode 0700; each worker uses the
    /// subdirectory of its <see cref="Name"/>). Their pages count against each sandbox's memory limit.
    /// </summary>
    [Required]
    public string OutputDirectory { get; set; } = "/dev/shm/judge-worker";

    /// <summary>
    /// Compiled program checkers (TESTLIB, CSHARP_SCRIPT) kept warm, one sandbox per problem version; the least recently
    /// used one beyond this is removed (once no submission uses it).
    /// </summary>
    [Range(1, 64)]
    public int CheckerSandboxes { get; set; } = 4;

    /// <summary>CPU time a program checker may take on one test; its wall-clock limit is twice this plus a second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan CheckerTimeLimit { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Peak memory a program checker may use on one test, MiB.</summary>
    [Range(16, 16384)]
    public int CheckerMemoryMiB { get; set; } = 256;

    /// <summary>CPU time compiling a program checker may take (once per problem version); wall-clock twice this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan CheckerCompileTimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Disk space for the test-data cache (DataDirectory/NAME/test-data), MiB: beyond it the least recently used problem
    /// versions are removed, never one a judgment is using (so the cache exceeds this while the versions in use do).
    /// </summary>
    [Range(1, 1 << 24)]
    public int TestDataCacheMiB { get; set; } = 2048;

    /// <summary>
    /// Disk space of the compiled-program cache, MiB (least recently used out; 0 turns the cache off): a RUN followed by a
    /// SUBMIT of the same source, or the same source submitted again, is compiled once.
    /// </summary>
    [Range(0, 1 << 20)]
    public int CompiledProgramCacheMiB { get; set; } = 256;
}
