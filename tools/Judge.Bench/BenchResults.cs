namespace Judge.Bench;

/// <summary>Everything one run measured, as written to bench-results.json; a section not run stays null.</summary>
internal sealed record BenchResults(int Cores, DateTimeOffset StartedAt, string LoadAverageAtStart, BenchOptions Options)
{
    public List<OverheadFigures>? Overhead { get; set; }
    public List<LatencyFigures>? Latency { get; set; }
    public List<ThroughputFigures>? Throughput { get; set; }
    public List<LanguageFigures>? Compile { get; set; }
    public List<CpuTimeFigures>? CpuTime { get; set; }
    public DataPathFigures? DataPath { get; set; }
    public List<FunctionFigures>? Functions { get; set; }
    public List<ParallelFigures>? Parallel { get; set; }
    public List<InteractiveFigures>? Interactive { get; set; }
    public SimilarityFigures? Similarity { get; set; }
    public List<ScalingBurst>? Scaling { get; set; }
    public SoakFigures? Soak { get; set; }
}
