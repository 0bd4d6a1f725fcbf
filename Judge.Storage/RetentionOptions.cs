using System.ComponentModel.DataAnnotations;

namespace Judge.Storage;

/// <summary>
/// How long Redis keeps what it would otherwise keep forever (section "Retention", e.g. <c>Retention__Submissions=30.00:00:00</c>).
/// Read by the API (sessions, idempotency keys, the sweep of problem versions) and the workers (finished submissions,
/// dead letters); both must be given the same values. Validated at start.
/// </summary>
public sealed class RetentionOptions : IValidatableObject
{
    public const string Section = "Retention";

    /// <summary>
    /// How long a finished submission (its hash and its event stream) is kept after its final state was written; the
    /// expiry is set by the same script that writes that state. Unfinished submissions never expire.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan Submissions { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How long a Submit's idempotency key is kept after the submission was created (whole seconds). At most
    /// <see cref="Submissions"/>, so a duplicate is never answered with a submission that has expired.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan IdempotencyKeys { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How long an assessment session (its record and its list of submissions) is kept after its planned end, for its
    /// report. The problem versions it pins are kept as long (<see cref="ProblemVersionGrace"/> starts then).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan Sessions { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Dead letters kept (entries of the dead-letter stream); each new one beyond this removes the oldest.</summary>
    [Range(1, 100_000_000)]
    public int DeadLetters { get; set; } = 10_000;

    /// <summary>
    /// How long a problem version must have been unreferenced before it is removed: not current, not pending, not
    /// pinned by a session and not used by an unfinished submission, in every sweep over this time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan ProblemVersionGrace { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often an API replica sweeps for problem versions to remove (replicas take turns; see the sweep lock).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IdempotencyKeys > Submissions)
        {
            yield return new ValidationResult(
                $"Retention:IdempotencyKeys ({IdempotencyKeys}) must not exceed Retention:Submissions ({Submissions})",
                [nameof(IdempotencyKeys), nameof(Submissions)]);
        }
    }
}
