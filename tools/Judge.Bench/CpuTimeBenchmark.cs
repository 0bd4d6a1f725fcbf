using Judge.Worker.Programs;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Judge.Bench;

public sealed record CpuTimeFigures(string Condition, int Runs, double MeanCpuMs, double CpuCv, double MeanWallMs, double MinCpuMs, double MaxCpuMs);

/// <summary>
/// How steady the CPU time the runner reports is: a C++ loop doing a fixed amount of work (about one
/// second's worth, calibrated once), run N times alone and N times while a shell busy loop on the host
/// keeps the other core busy. A first row measures the machine itself: the same kind of loop in the
/// bench process, outside any sandbox (on a VM whose CPU speed drifts, no judge can be steadier than that).
/// </summary>
internal sealed class CpuTimeBenchmark(DockerSandboxFactory factory, WarmUpSpecs specs, Compiler compiler, IOptions<LanguageTable> languages)
{
    private const string Language = "cpp";

    /// <summary>A fixed-work loop: reads n, adds 0..n-1 into a volatile; prints n(n-1)/2 mod 2^64 (known without running it).</summary>
    internal const string Burner = """
        #include <cstdio>
        int main() {
            unsigned long long n;
            if (std::scanf("%llu", &n) != 1) return 1;
            volatile unsigned long long x = 0;
            for (unsigned long long i = 0; i < n; i++) x += i;
            std::printf("%llu\n", (unsigned long long)x);
        }
        """;

    public async Task<List<CpuTimeFigures>> MeasureAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var language = languages.Value[Language];
        await using var sandbox = await factory.CreateAsync(specs[Language], SandboxRole.Candidate, cancellationToken);
        var compiled = await compiler.CompileAsync(sandbox, language, Encoding.ASCII.GetBytes(Burner), cancellationToken);
        if (!compiled.Succeeded)
        {
            throw new InvalidOperationException($"the CPU burner does not compile: {compiled.Output}");
        }
        const long probe = 200_000_000;
        // The fastest of three probes: a probe slowed by a busy moment would make every run too long.
        var probeMs = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            probeMs = Math.Min(probeMs, (await RunAsync(sandbox, language, probe, cancellationToken)).CpuTime.TotalMilliseconds);
        }
        var iterations = (long)(probe * options.CpuSeconds * 1000 / Math.Max(1, probeMs));

        Console.Error.WriteLine($"cpu: {options.CpuRuns} runs on the host, outside any sandbox");
        var rows = new List<CpuTimeFigures> { HostBaseline(options.CpuRuns, options.CpuSeconds) };
        Console.Error.WriteLine($"cpu: {options.CpuRuns} runs alone");
        rows.Add(await SeriesAsync("alone", sandbox, language, iterations, options.CpuRuns, cancellationToken));
        Console.Error.WriteLine($"cpu: {options.CpuRuns} runs with a busy loop on the host");
        using (var busy = Process.Start(new ProcessStartInfo("sh", ["-c", "while :; do :; done"]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("the busy loop did not start"))
        {
            try
            {
                rows.Add(await SeriesAsync("other core busy (host sh loop)", sandbox, language, iterations, options.CpuRuns, cancellationToken));
            }
            finally
            {
                busy.Kill();
                await busy.WaitForExitAsync(CancellationToken.None);
            }
        }
        return rows;
    }

    private static CpuTimeFigures HostBaseline(int runs, double seconds)
    {
        const long probe = 200_000_000;
        var probeMs = Enumerable.Range(0, 3).Min(_ => BurnOnHost(probe).Cpu);
        var iterations = (long)(probe * seconds * 1000 / Math.Max(1, probeMs));
        var samples = Enumerable.Range(0, runs).Select(_ => BurnOnHost(iterations)).ToList();
        var cpu = samples.Select(s => s.Cpu).ToList();
        return new CpuTimeFigures("host, no sandbox (loop in the bench process)", runs, Stats.Mean(cpu), Stats.CoefficientOfVariation(cpu),
            Stats.Mean(samples.Select(s => s.Wall).ToList()), cpu.Min(), cpu.Max());
    }

    /// <summary>A fixed amount of work on this thread: its process CPU time and wall time in milliseconds.</summary>
    private static (double Cpu, double Wall) BurnOnHost(long iterations)
    {
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var x = 0UL;
        for (var i = 0L; i < iterations; i++)
        {
            x = x * 31 + (ulong)i;
        }
        GC.KeepAlive(x);
        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        self.Refresh();
        return ((self.TotalProcessorTime - cpuBefore).TotalMilliseconds, wall);
    }

    private static async Task<CpuTimeFigures> SeriesAsync(string condition, ISandbox sandbox, LanguageDefinition language, long iterations, int runs, CancellationToken cancellationToken)
    {
        var cpu = new List<double>();
        var wall = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var run = await RunAsync(sandbox, language, iterations, cancellationToken);
            cpu.Add(run.CpuTime.TotalMilliseconds);
            wall.Add(run.WallTime.TotalMilliseconds);
        }
        return new CpuTimeFigures(condition, runs, Stats.Mean(cpu), Stats.CoefficientOfVariation(cpu), Stats.Mean(wall), cpu.Min(), cpu.Max());
    }

    private static async Task<ExecResult> RunAsync(ISandbox sandbox, LanguageDefinition language, long iterations, CancellationToken cancellationToken)
    {
        var run = await BenchRequests.RunOkAsync(sandbox,
            BenchRequests.Run(language, language.RunCommandFor(BenchRequests.MemoryLimitMiB), Encoding.ASCII.GetBytes(iterations.ToString(CultureInfo.InvariantCulture) + "\n")),
            cancellationToken);
        return run;
    }

    public static MarkdownTable Table(IReadOnlyList<CpuTimeFigures> rows)
    {
        var table = new MarkdownTable("CPU-time stability: fixed-work C++ loop, CPU time as the runner reports it",
            "condition", "runs", "mean CPU ms", "CV", "min ms", "max ms", "mean wall ms", "target");
        foreach (var r in rows)
        {
            var limit = r.Condition == "alone" ? 0.03 : 0.05;
            var target = r.Condition.StartsWith("host", StringComparison.Ordinal)
                ? "the machine's own spread"
                : Target.Below(r.CpuCv, limit, $"CV < {limit * 100:0}%");
            table.Row(r.Condition, r.Runs, r.MeanCpuMs, $"{r.CpuCv * 100:0.00}%", r.MinCpuMs, r.MaxCpuMs, r.MeanWallMs, target);
        }
        return table;
    }
}
