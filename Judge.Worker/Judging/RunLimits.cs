using Judge.Domain;
using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Judging;

/// <summary>
/// The limits of one submission's runs, computed once from the problem and the language
/// (<see cref="EffectiveLimitsRule"/>), and the container memory that running its tests needs.
/// </summary>
public sealed class RunLimits
{
    private readonly SandboxOptions _options;
    private readonly ProblemHeader _problem;

    public RunLimits(SandboxOptions options, ProblemHeader problem, string languageId, LanguageDefinition language)
    {
        _options = options;
        _problem = problem;
        Effective = EffectiveLimitsRule.For(problem, languageId, language.TimeMultiplier, (uint)language.MemoryAllowanceMiB);
    }

    /// <summary>What the candidate is told: time (ms) and memory (MiB) for this language.</summary>
    public EffectiveLimits Effective { get; }

    public TimeSpan CpuTime => TimeSpan.FromMilliseconds(Effective.TimeLimitMs);

    public TimeSpan WallTime => CpuTime * _options.WallTimeFactor + _options.WallTimeSlack;

    /// <summary>The problem's own memory limit in bytes: the stack limit and a runtime's heap setting ({memory_mib}).</summary>
    public long MemoryBytes => (long)_problem.MemoryLimitMib << 20;

    /// <summary>Peak memory above this is MEMORY_LIMIT_EXCEEDED: the problem's limit plus the language's allowance, bytes.</summary>
    public long JudgedMemoryBytes => (long)Effective.MemoryLimitMib << 20;

    /// <summary>
    /// A run of the compiled program under these limits with a stdout cap of <paramref name="stdoutLimitBytes"/> (a
    /// function-style problem's return value has the same cap); the caller adds its stdin
    /// (<see cref="ExecRequest.StdinFile"/> or <see cref="ExecRequest.Stdin"/>).
    /// </summary>
    public ExecRequest RunRequest(LanguageDefinition language, long stdoutLimitBytes) => new()
    {
        Command = language.RunCommandFor(_problem.MemoryLimitMib),
        Environment = language.Environment,
        CpuTimeLimit = CpuTime,
        WallTimeLimit = WallTime,
        MemoryLimitBytes = JudgedMemoryBytes,
        StackLimitBytes = MemoryBytes,
        StdoutLimitBytes = stdoutLimitBytes,
        StderrLimitBytes = _options.StderrLimitBytes,
        FileSizeLimitBytes = _options.FileSizeLimitBytes,
        ReturnValueLimitBytes = _problem.Signature is null ? 0 : stdoutLimitBytes,
    };

    /// <summary>The stdout cap of a test: at least the configured minimum, at least twice the expected output, bytes.</summary>
    public long StdoutBytes(TestCaseHeader test) =>
        Math.Max(_options.MinOutputLimitBytes, 2 * (long)test.ExpectedOutputSize);

    /// <summary>
    /// The container's memory cgroup holds the program, the page cache of its input and output files, the
    /// compiled files on the work dir's tmpfs (<paramref name="compiledBytes"/>: a large initialised array makes a
    /// large binary, which is not the program's allocation), the runner, and the stdout files of a batch's tests that
    /// the worker has not read yet (<see cref="SandboxOptions.BatchStdoutBacklogMiB"/>). A program is judged against
    /// <see cref="JudgedMemoryBytes"/> by its peak RSS; the container limit is the backstop. Bytes.
    /// </summary>
    public long ContainerMemoryBytes(IEnumerable<int> tests, long compiledBytes = 0)
    {
        var judged = tests.Select(i => _problem.Tests[i]).ToList();
        var largestInput = judged.Count == 0 ? 0 : judged.Max(t => (long)t.InputSize);
        var largestOutput = judged.Count == 0 ? _options.MinOutputLimitBytes : judged.Max(StdoutBytes);
        return ContainerMemoryBytes(largestInput, largestOutput, compiledBytes);
    }

    /// <summary>
    /// The stdout cap of a run on input that has no expected output (a custom-input RUN, and the reference
    /// solution on it): the configured minimum, bytes.
    /// </summary>
    public long UncheckedStdoutBytes => _options.MinOutputLimitBytes;

    /// <summary>The container memory for one run on <paramref name="inputBytes"/> of stdin with <see cref="UncheckedStdoutBytes"/>, bytes (as above).</summary>
    public long ContainerMemoryBytesForInput(long inputBytes, long compiledBytes) =>
        ContainerMemoryBytes(inputBytes, UncheckedStdoutBytes, compiledBytes);

    private long ContainerMemoryBytes(long inputBytes, long stdoutBytes, long compiledBytes) =>
        JudgedMemoryBytes + inputBytes + stdoutBytes + compiledBytes + ((long)_options.RunOverheadMiB << 20) + ((long)_options.BatchStdoutBacklogMiB << 20);
}
