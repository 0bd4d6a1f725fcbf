using System.ComponentModel.DataAnnotations;

namespace Judge.Api.Telemetry;

/// <summary>How the API samples the job queue for its gauges (section "Telemetry").</summary>
public sealed class QueueMetricsOptions
{
    public const string Section = "Telemetry";

    /// <summary>Time between two samples of the queue's length, lag and pending count.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The workers' consumer group on the job stream (Worker:ConsumerGroup of the workers).</summary>
    [Required]
    public string ConsumerGroup { get; set; } = "workers";
}
