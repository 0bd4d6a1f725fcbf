namespace Judge.Storage;

/// <summary>
/// The fields of a submission's hash (<see cref="RedisKeys.Submission"/>), read and written by C# and by the Lua
/// scripts of <see cref="SubmissionStore"/> and <see cref="RetentionBackfill"/>, which interpolate these names
/// (<c>$$"""...'{{SubmissionFields.State}}'..."""</c>), so each name is written once.
/// </summary>
public static class SubmissionFields
{
    /// <summary>The queued <c>SubmissionJob</c> (protobuf).</summary>
    public const string Job = "job";

    /// <summary>The <c>Submission</c> as last written (protobuf).</summary>
    public const string State = "state";

    /// <summary>The API key name that submitted it.</summary>
    public const string Owner = "owner";

    /// <summary>The attempt and sequence number of the last applied write (newer writes only).</summary>
    public const string Attempt = "attempt";

    public const string Sequence = "seq";

    /// <summary>"1" once a final state is stored: never overwritten after.</summary>
    public const string Final = "final";
}

/// <summary>The fields of an entry of the job stream (<see cref="RedisKeys.Jobs"/>) and of its dead letters.</summary>
public static class JobEntryFields
{
    public const string SubmissionId = "sid";

    /// <summary>The job's language id: workers take only jobs of languages they serve.</summary>
    public const string Language = "lang";

    /// <summary>Dead letters only: deliveries counted, why it was given up, and the worker that gave up.</summary>
    public const string Deliveries = "deliveries";

    public const string Reason = "reason";

    public const string Worker = "worker";
}
