using System.Text.RegularExpressions;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Microsoft.Extensions.Options;

namespace Judge.Api.Sessions;

/// <summary>The fields of CreateSession, ExtendSession and ListSessions that need no Redis; each failure is INVALID_ARGUMENT naming the field.</summary>
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

    /// <summary>Session ids are the 32 hex digits CreateSession returned.</summary>
    public static void ValidateSessionId(string sessionId)
    {
        if (!Identifiers.IsSubmissionId(sessionId))
        {
            throw Invalid.Argument("session_id must be the 32 hex digits that CreateSession returned");
        }
    }

    /// <summary>extra of 1 minute to Assessments:MaxExtension (the total is checked against what the session has had), a reason of at most 200 characters.</summary>
    public void Validate(ExtendSessionRequest request)
    {
        ValidateSessionId(request.SessionId);
        var most = options.Value.MaxExtension;
        var extra = request.Extra?.ToTimeSpan() ?? throw Invalid.Argument("extra is required");
        if (extra < TimeSpan.FromMinutes(1) || extra > most)
        {
            throw Invalid.Argument($"extra is {Minutes(extra)}; it must be between 1 min and {Minutes(most)} (Assessments:MaxExtension, for all extensions of a session)");
        }
        if (request.Reason.Length > 200)
        {
            throw Invalid.Argument($"reason is {request.Reason.Length} characters; at most 200");
        }
    }

    /// <summary>A candidate_ref as CreateSession's (or empty), page_size 0-100, a start range that is not empty.</summary>
    public static void Validate(ListSessionsRequest request)
    {
        if (request.CandidateRef.Length > 0 && !CandidateRef().IsMatch(request.CandidateRef))
        {
            throw Invalid.Argument("candidate_ref must be 1-128 printable ASCII characters, or empty for every candidate");
        }
        if (request.PageSize > 100)
        {
            throw Invalid.Argument($"page_size is {request.PageSize}; at most 100");
        }
        if (request.StartsAfter is not null && request.StartsBefore is not null && request.StartsAfter.ToDateTimeOffset() >= request.StartsBefore.ToDateTimeOffset())
        {
            throw Invalid.Argument("starts_after must be earlier than starts_before");
        }
    }

    /// <summary>"90 min", "0.5 min": how a recruiter reads an extension.</summary>
    public static string Minutes(TimeSpan span) => $"{span.TotalMinutes.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} min";
}
