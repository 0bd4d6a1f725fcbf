using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Judge.Contracts.V1;
using JudgeClient = Judge.Contracts.V1.Judge.JudgeClient;

namespace Judge.IntegrationTests;

public static class SubmissionCalls
{
    public static readonly TimeSpan JudgeTimeout = TimeSpan.FromSeconds(Environment.GetEnvironmentVariable("JUDGE_TEST_TIMEOUT_S") is { } s ? int.Parse(s) : 90);

    public static SubmitRequest Request(string problemId, string language, string source, SubmitMode mode = SubmitMode.Submit) => new()
    {
        ProblemId = problemId,
        Language = language,
        Source = ByteString.CopyFrom(Encoding.UTF8.GetBytes(source)),
        Mode = mode,
    };

    /// <summary>Every event of a submission, up to and including the final one.</summary>
    public static async Task<List<SubmissionEvent>> WatchToEndAsync(this JudgeClient client, string submissionId)
    {
        using var call = client.WatchSubmission(new WatchSubmissionRequest { SubmissionId = submissionId }, deadline: DateTime.UtcNow + JudgeTimeout);
        var events = new List<SubmissionEvent>();
        await foreach (var change in call.ResponseStream.ReadAllAsync())
        {
            events.Add(change);
        }
        return events;
    }

    public static async Task<Submission> JudgeAsync(this JudgeClient client, SubmitRequest request)
    {
        var submitted = await client.SubmitAsync(request);
        var events = await client.WatchToEndAsync(submitted.SubmissionId);
        Assert.That(events, Is.Not.Empty);
        Assert.That(events[^1].EventCase, Is.EqualTo(SubmissionEvent.EventOneofCase.Final), "the watch ends with the final submission");
        return events[^1].Final;
    }

    public static Task<Submission> JudgeAsync(this JudgeClient client, string problemId, string language, string source, SubmitMode mode = SubmitMode.Submit) =>
        client.JudgeAsync(Request(problemId, language, source, mode));
}
