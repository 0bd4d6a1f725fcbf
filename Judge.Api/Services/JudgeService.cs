using Grpc.Core;
using Judge.Api.Access;
using Judge.Api.Submissions;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;
using JudgeBase = Judge.Contracts.V1.Judge.JudgeBase;

namespace Judge.Api.Services;

/// <summary>Submissions for API-key callers (role submitter): each sees and watches only its own.</summary>
public sealed class JudgeService(
    SubmissionIntake intake,
    LanguageRegistry languages,
    ProblemStore problems,
    SubmissionStore submissions,
    SubmissionWatcher watcher) : JudgeBase
{
    public override async Task<SubmitResponse> Submit(SubmitRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await intake.ValidateAsync(request, ct);
        var problem = await problems.FindAsync(request.ProblemId, 0, ct)
            ?? throw Invalid.NotFound($"problem '{request.ProblemId}' does not exist");
        return await intake.QueueAsync(request, problem, Caller.Of(context).Name, session: null, ct);
    }

    public override async Task<Submission> GetSubmission(GetSubmissionRequest request, ServerCallContext context)
    {
        CheckSubmissionId(request.SubmissionId);
        return await submissions.FindOwnedStateAsync(request.SubmissionId, Caller.Of(context).Name, context.CancellationToken)
            ?? throw Invalid.NotFound($"submission '{request.SubmissionId}' does not exist");
    }

    public override async Task WatchSubmission(WatchSubmissionRequest request, IServerStreamWriter<SubmissionEvent> responseStream, ServerCallContext context)
    {
        CheckSubmissionId(request.SubmissionId);
        if (await submissions.FindOwnedStateAsync(request.SubmissionId, Caller.Of(context).Name, context.CancellationToken) is null)
        {
            throw Invalid.NotFound($"submission '{request.SubmissionId}' does not exist");
        }
        await watcher.WatchAsync(request.SubmissionId, responseStream, context.CancellationToken);
    }

    public override async Task<ListLanguagesResponse> ListLanguages(ListLanguagesRequest request, ServerCallContext context) =>
        new() { Languages = { await languages.ListAsync(context.CancellationToken) } };

    private static void CheckSubmissionId(string id)
    {
        if (!Identifiers.IsSubmissionId(id))
        {
            throw Invalid.Argument("submission_id must be the 32 hex digits that Submit returned");
        }
    }
}
