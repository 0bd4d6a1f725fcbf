using Google.Protobuf.WellKnownTypes;
using Judge.Contracts.V1;
using Judge.Storage;

namespace Judge.Api.Sessions;

/// <summary>The pipeline's view of a stored session (no token: it is returned once, by CreateSession).</summary>
public static class SessionView
{
    public static AssessmentSession Of(SessionRecord record) => new()
    {
        Id = record.Session.Id,
        CandidateRef = record.Session.CandidateRef,
        Problems = { record.Session.Problems },
        Languages = { record.Session.Languages },
        StartsAt = record.Session.StartsAt,
        EndsAt = Timestamp.FromDateTimeOffset(record.EndsAt),
        EndedEarly = record.EndedAt is not null,
        ExtendedBy = record.Extra > TimeSpan.Zero ? Duration.FromTimeSpan(record.Extra) : null,
    };
}
