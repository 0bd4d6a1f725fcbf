using Judge.Domain;
using Google.Protobuf;
using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Domain.Functions;
using Judge.Storage.Records;

namespace Judge.Api.Services;

/// <summary>
/// A problem version as callers see it (GetProblem of Problems and of Candidate): statement, limits and stubs per
/// served language, groups and the sample tests. Never hidden test data, the checker's files or the solutions.
/// </summary>
public sealed class ProblemView(ProblemStore problems, LanguageRegistry languages, FunctionLanguages functionLanguages)
{
    /// <summary>The problem, with limits and stubs for the served languages that <paramref name="shown"/> admits (ordered by id).</summary>
    public async Task<Problem> BuildAsync(StoredProblem stored, Func<string, bool> shown, CancellationToken cancellationToken)
    {
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
            Signature = header.Signature,
            Interactive = header.Interactor is not null,
        };
        var signature = header.Signature is null ? null : FunctionSignature.From(header.Signature);
        foreach (var language in (await languages.ListAsync(cancellationToken)).Where(l => shown(l.Id)).OrderBy(l => l.Id, StringComparer.Ordinal))
        {
            problem.Limits.Add(EffectiveLimitsRule.For(header, language.Id, language.TimeMultiplier, language.MemoryAllowanceMib));
            if (signature is not null && functionLanguages.StubFor(language.Family.Length > 0 ? language.Family : language.Id, signature) is { } stub)
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
                Input = ByteString.CopyFrom(await problems.GetTestDataAsync(header.Id, stored.Version, index, TestDataPart.Input, cancellationToken)),
                ExpectedOutput = ByteString.CopyFrom(await problems.GetTestDataAsync(header.Id, stored.Version, index, TestDataPart.ExpectedOutput, cancellationToken)),
            });
        }
        return problem;
    }
}
