using System.ComponentModel.DataAnnotations;
using Judge.Similarity;

namespace Judge.Api.Similarity;

/// <summary>What the pipeline is shown of similarity (section "Similarity", shared with the workers' indexer).</summary>
public sealed class SimilarityReportOptions
{
    public const string Section = "Similarity";

    /// <summary>
    /// Pairs at or above this similarity (0..1) are shown in reports and by GetSimilarity when it names none: the detector's
    /// threshold chosen on the corpus (<see cref="SimilarityParameters.Threshold"/>, docs/similarity.md).
    /// </summary>
    [Range(0.01, 1.0)]
    public double ReportThreshold { get; set; } = new SimilarityParameters().Threshold;

    /// <summary>Closest matches listed per SUBMIT in a session report.</summary>
    [Range(1, 100)]
    public int MatchesPerSubmission { get; set; } = 5;
}
