using Judge.Domain;
using System.Diagnostics;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Storage.Records;

namespace Judge.Api.Submissions;

/// <summary>
/// A new submission as it is queued, built alike for callers' submissions and the self-check's: the job a
/// worker judges and its QUEUED state, with a fresh id. A custom-input RUN is one case with nothing at stake
/// (max score 0); otherwise the tests and max score follow <see cref="JudgedTests"/>. The job carries the current
/// span's W3C trace context (none when no span is recorded), which the worker continues.
/// </summary>
public static class NewSubmission
{
    public static (SubmissionJob Job, Submission State) Create(StoredProblem problem, string language, ByteString source, SubmitMode mode,
        string owner, ByteString? customInput = null, DateTimeOffset? createdAt = null)
    {
        var header = problem.Header;
        // A session's submission is created at its admission's time, the score it has in the session's submissions, so
        // that the recorded activity (SessionActivityStore) orders exactly around it.
        var now = Timestamp.FromDateTimeOffset(createdAt ?? DateTimeOffset.UtcNow);
        var id = Guid.NewGuid().ToString("N");
        var job = new SubmissionJob
        {
            SubmissionId = id,
            ProblemId = header.Id,
            ProblemVersion = problem.Version,
            Language = language,
            Source = source,
            Mode = mode,
            CreatedAt = now,
            Owner = owner,
        };
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity)
        {
            job.TraceParent = activity.Id;
            job.TraceState = activity.TraceStateString ?? "";
        }
        if (customInput is not null)
        {
            job.CustomInput = customInput;
        }
        var state = new Submission
        {
            Id = id,
            ProblemId = header.Id,
            ProblemVersion = problem.Version,
            Language = language,
            Mode = mode,
            Status = SubmissionStatus.Queued,
            TestCount = (uint)JudgedTests.Count(header, mode, customInput is not null),
            MaxScore = JudgedTests.MaxScore(header, mode, customInput is not null),
            CreatedAt = now,
        };
        return (job, state);
    }
}
