using Judge.Contracts.V1;
using Judge.Worker.Options;

namespace Judge.Worker.Judging;

/// <summary>The limits of one test run, and the container memory that running a problem's tests needs.</summary>
public sealed class RunLimits(SandboxOptions options, ProblemHeader problem, int runtimeOverheadMiB = 0)
{
    public TimeSpan CpuTime => TimeSpan.FromMilliseconds(problem.TimeLimitMs);

    public TimeSpan WallTime => CpuTime * options.WallTimeFactor + options.WallTimeSlack;

    public long MemoryBytes => (long)problem.MemoryLimitMib << 20;

    /// <summary>Peak memory above this is MEMORY_LIMIT_EXCEEDED: the problem's limit plus the runtime's own needs.</summary>
    public long JudgedMemoryBytes => MemoryBytes + ((long)runtimeOverheadMiB << 20);

    public long StdoutBytes(TestCaseHeader test) =>
        Math.Max(options.MinOutputLimitBytes, 2 * (long)test.ExpectedOutputSize);

    /// <summary>
    /// The container's memory cgroup holds the program, the page cache of its input and output files, the
    /// compiled files on the work dir's tmpfs (<paramref name="compiledBytes"/>: a large initialised array makes a
    /// large binary, which is not the program's allocation) and the runner. A program is judged against
    /// MemoryBytes by its peak RSS; the container limit is the backstop. Bytes.
    /// </summary>
    public long ContainerMemoryBytes(IEnumerable<int> tests, long compiledBytes = 0)
    {
        var judged = tests.Select(i => problem.Tests[i]).ToList();
        var largestInput = judged.Max(t => (long)t.InputSize);
        var largestOutput = judged.Max(StdoutBytes);
        return JudgedMemoryBytes + largestInput + largestOutput + compiledBytes + ((long)options.RunOverheadMiB << 20);
    }
}
