using System.Text.RegularExpressions;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Microsoft.Extensions.Options;

namespace Judge.Api.Sessions;

/// <summary>The fields of CreateSession that need no Redis; each failure is INVALID_ARGUMENT naming the field.</summary>
public sealed partial class SessionRequestValidator(IOptions<AssessmentOptions> options)
{
    [GeneratedRegex("^[\\x20-\\x7E]{1,128}$")]
    private static partial Regex CandidateRef();

    public void Validate(CreateSessionRequest request)
    {
        var limits = options.Value;
        if (!CandidateRef().IsMatch(request.CandidateRef))
        {
            throw Invalid.Argument("candidate_ref must be 1-128 printable ASCII characters (an opaque reference; no personal data is needed)");
        }
        if (request.ProblemIds.Count == 0 || request.ProblemIds.Count > limits.MaxProblems)
        {
            throw Invalid.Argument($"problem_ids must name 1-{limits.MaxProblems} problems; it names {request.ProblemIds.Count}");
        }
        foreach (var id in request.ProblemIds)
        {
            if (!Identifiers.IsProblemId(id))
            {
                throw Invalid.Argument($"problem_ids: '{id}' is not a problem id ({Identifiers.ProblemIdRule})");
            }
        }
        if (request.ProblemIds.Distinct(StringComparer.Ordinal).Count() != request.ProblemIds.Count)
        {
            throw Invalid.Argument("problem_ids names a problem twice");
        }
        foreach (var language in request.Languages)
        {
            if (!Identifiers.IsLanguageId(language))
            {
                throw Invalid.Argument($"languages: '{language}' is not a language id such as 'cpp' or 'python'");
            }
        }
        if (request.Duration is null)
        {
            throw Invalid.Argument("duration is required");
        }
        var duration = request.Duration.ToTimeSpan();
        if (duration < TimeSpan.FromMinutes(1) || duration > limits.MaxDuration)
        {
            throw Invalid.Argument($"duration is {duration}; it must be between 1 minute and {limits.MaxDuration}");
        }
    }
}
