using System.Diagnostics;
using Google.Protobuf;
using Grpc.Core;
using Judge.Contracts.V1;
using JudgeClient = Judge.Contracts.V1.Judge.JudgeClient;

namespace Judge.Bench;

/// <summary>One submission as a client sees it: from Submit to the final event of WatchSubmission.</summary>
internal sealed record TimedSubmission(Submission Final, double TotalMs, IReadOnlyList<double> TestEventMs)
{
    public static async Task<TimedSubmission> JudgeAsync(JudgeClient judge, string problemId, string language, byte[] source, SubmitMode mode, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var submitted = await judge.SubmitAsync(new SubmitRequest
        {
            ProblemId = problemId,
            Language = language,
            Source = ByteString.CopyFrom(source),
            Mode = mode,
        }, cancellationToken: cancellationToken);
        return await WatchAsync(judge, submitted.SubmissionId, started, cancellationToken);
    }

    /// <summary>Watches to the end; times count from <paramref name="started"/> (a Stopwatch timestamp).</summary>
    public static async Task<TimedSubmission> WatchAsync(JudgeClient judge, string submissionId, long started, CancellationToken cancellationToken)
    {
        using var call = judge.WatchSubmission(new WatchSubmissionRequest { SubmissionId = submissionId }, cancellationToken: cancellationToken);
        var tests = new List<double>();
        await foreach (var change in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            var at = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            switch (change.EventCase)
            {
                case SubmissionEvent.EventOneofCase.Test:
                    tests.Add(at);
                    break;
                case SubmissionEvent.EventOneofCase.Final:
                    return change.Final.Verdict == Verdict.Accepted
                        ? new TimedSubmission(change.Final, at, tests)
                        : throw new InvalidOperationException(
                            $"{change.Final.Language} submission {submissionId} ended {change.Final.Verdict}: {change.Final.Message}{change.Final.CompileOutput}");
            }
        }
        throw new InvalidOperationException($"the watch of {submissionId} ended without a final event");
    }
}
