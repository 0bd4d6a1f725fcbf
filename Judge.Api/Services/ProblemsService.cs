using Google.Protobuf;
using Grpc.Core;
using Judge.Api.Access;
using Judge.Api.Uploads;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Storage.Functions;

namespace Judge.Api.Services;

public sealed class ProblemsService(ProblemUploader uploader, ProblemStore problems, LanguageRegistry languages, FunctionLanguages functionLanguages)
    : Contracts.V1.Problems.ProblemsBase
{
    public override Task<PutProblemResponse> PutProblem(IAsyncStreamReader<PutProblemRequest> requestStream, ServerCallContext context) =>
        uploader.UploadAsync(requestStream, Caller.Of(context).Name, context.CancellationToken);

    public override async Task<Problem> GetProblem(GetProblemRequest request, ServerCallContext context)
    {
        if (!Identifiers.IsProblemId(request.Id))
        {
            throw Invalid.Argument($"id must be {Identifiers.ProblemIdRule}");
        }
        var ct = context.CancellationToken;
        var stored = await problems.FindAsync(request.Id, request.Version, ct)
            ?? throw Invalid.NotFound(request.Version == 0
                ? $"problem '{request.Id}' does not exist"
                : $"problem '{request.Id}' has no version {request.Version}");
        var header = stored.Header;
        var problem = new Problem
        {
            Id = header.Id,
            Title = header.Title,
            Version = stored.Version,
            TimeLimitMs = header.TimeLimitMs,
            MemoryLimitMib = header.MemoryLimitMib,
            Checker = header.Checker,
            TestCount = (uint)header.Tests.Count,
            MaxScore = JudgedTests.MaxScore(header, SubmitMode.Submit),
            Statement = header.Statement,
            Scoring = header.Scoring,
            Groups = { header.Groups },
            HasReference = header.Solutions.Any(s => s.Reference),
        };
        var signature = header.Signature is null ? null : FunctionSignature.From(header.Signature);
        problem.Signature = header.Signature;
        foreach (var language in (await languages.ListAsync(ct)).OrderBy(l => l.Id, StringComparer.Ordinal))
        {
            problem.Limits.Add(EffectiveLimitsRule.For(header, language.Id, language.TimeMultiplier, language.MemoryAllowanceMib));
            if (signature is not null && functionLanguages.StubFor(language.Id, signature) is { } stub)
            {
                problem.Stubs.Add(new Stub { Language = language.Id, Source = stub });
            }
        }
        foreach (var index in JudgedTests.Select(header, SubmitMode.Run))
        {
            problem.Samples.Add(new SampleTest
            {
                Index = (uint)index,
                Points = header.Tests[index].Points,
                Input = ByteString.CopyFrom(await problems.GetTestDataAsync(header.Id, stored.Version, index, TestDataPart.Input, ct)),
                ExpectedOutput = ByteString.CopyFrom(await problems.GetTestDataAsync(header.Id, stored.Version, index, TestDataPart.ExpectedOutput, ct)),
            });
        }
        return problem;
    }
}
