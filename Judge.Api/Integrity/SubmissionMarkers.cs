using Google.Protobuf;
using Judge.Contracts.V1;
using Judge.Storage.Records;

namespace Judge.Api.Integrity;

/// <summary>A session's RUN or SUBMIT as the timeline shows it (<see cref="SubmissionMarker"/>): its creation time, outcome and exact source.</summary>
public static class SubmissionMarkers
{
    /// <summary>The marker of a stored submission: <c>at</c> its creation, the verdict and score once finished, the source as judged.</summary>
    public static SubmissionMarker Of(Submission state, SubmissionJob job) => new()
    {
        At = state.CreatedAt,
        SubmissionId = state.Id,
        ProblemId = state.ProblemId,
        Language = state.Language,
        Mode = state.Mode,
        Status = state.Status,
        Verdict = state.Verdict,
        Score = state.Score,
        MaxScore = state.MaxScore,
        Source = job.Source ?? ByteString.Empty,
    };
}
