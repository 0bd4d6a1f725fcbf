using Grpc.Core;
using Judge.Api.Access;
using Judge.Api.Uploads;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;

namespace Judge.Api.Services;

/// <summary>Problems for API-key callers with the role problem-admin: upload new versions, read any version.</summary>
public sealed class ProblemsService(ProblemUploader uploader, ProblemStore problems, ProblemView view) : Contracts.V1.Problems.ProblemsBase
{
    public override Task<PutProblemResponse> PutProblem(IAsyncStreamReader<PutProblemRequest> requestStream, ServerCallContext context) =>
        uploader.UploadAsync(requestStream, Caller.Of(context).Name, context.CancellationToken);

    public override async Task<Problem> GetProblem(GetProblemRequest request, ServerCallContext context)
    {
        if (!Identifiers.IsProblemId(request.Id))
        {
            throw Invalid.Argument($"id must be {Identifiers.ProblemIdRule}");
        }
        var stored = await problems.FindAsync(request.Id, request.Version, context.CancellationToken)
            ?? throw Invalid.NotFound(request.Version == 0
                ? $"problem '{request.Id}' does not exist"
                : $"problem '{request.Id}' has no version {request.Version}");
        return await view.BuildAsync(stored, _ => true, context.CancellationToken);
    }

    public override async Task<ListProblemVersionsResponse> ListProblemVersions(ListProblemVersionsRequest request, ServerCallContext context)
    {
        if (!Identifiers.IsProblemId(request.ProblemId))
        {
            throw Invalid.Argument($"problem_id must be {Identifiers.ProblemIdRule}");
        }
        var versions = await problems.ListVersionsAsync(request.ProblemId, context.CancellationToken);
        if (versions.Count == 0)
        {
            throw Invalid.NotFound($"problem '{request.ProblemId}' does not exist");
        }
        return new ListProblemVersionsResponse
        {
            Versions =
            {
                versions.Select(v => new ProblemVersion
                {
                    Version = v.Problem.Version,
                    Title = v.Problem.Header.Title,
                    TestCount = (uint)v.Problem.Header.Tests.Count,
                    Current = v.Current,
                    Pending = v.Pending,
                }),
            },
        };
    }
}
