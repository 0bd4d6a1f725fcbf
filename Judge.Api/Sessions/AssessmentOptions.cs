using System.ComponentModel.DataAnnotations;

namespace Judge.Api.Sessions;

/// <summary>Assessment sessions and candidate tokens (configuration section "Assessments").</summary>
public sealed class AssessmentOptions : IValidatableObject
{
    public const string Section = "Assessments";

    /// <summary>
    /// The HMAC-SHA256 key candidate tokens are signed with, base64, at least 32 bytes. Every API process of one
    /// deployment needs the same key; changing it invalidates every token issued.
    /// </summary>
    [Required]
    public string SigningKey { get; set; } = "";

    /// <summary>The IDE's address; a session's ide_url is this with "#token=..." (a fragment never reaches a server's logs).</summary>
    [Required, Url]
    public string IdeBaseUrl { get; set; } = "http://127.0.0.1:5080/";

    /// <summary>Origins other than the API's own allowed to call the Candidate service from a browser (CORS); none by default.</summary>
    public List<string> IdeOrigins { get; set; } = [];

    /// <summary>After the window closes, a token still reads the candidate's own submissions (not the problems) this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan TokenGrace { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>One RUN per session per this interval.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RunInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// One SUBMIT per session per this interval. Each SUBMIT tells the candidate a few bits of every hidden test (its
    /// verdict and coarse figures), so the interval bounds how fast a candidate can probe hidden data; the report counts
    /// SUBMITs too.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan SubmitInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>One draft save per session per this interval (the IDE saves at most that often while the candidate types).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan DraftInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The most extra time ExtendSession may give one session, in all. Candidate tokens are issued valid this much past
    /// the planned end (plus <see cref="TokenGrace"/>), so that an extension needs no new token; the session's own end,
    /// read from Redis on every call, is what closes it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MaxExtension { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Submissions (RUN and SUBMIT) one session may make in all: bounds what a session stores (each keeps its source and a
    /// custom input of up to 1 MiB for Retention:Submissions) and the size of its report.
    /// </summary>
    [Range(1, 10000)]
    public int MaxSubmissions { get; set; } = 500;

    /// <summary>Submissions (RUN or SUBMIT) of one session waiting or being judged at once.</summary>
    [Range(1, 100)]
    public int MaxInFlight { get; set; } = 3;

    /// <summary>How long a session refused for too many submissions in flight is told to wait (trailer retry-after-ms).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan InFlightRetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    [Range(1, 100)]
    public int MaxProblems { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Events one Candidate.RecordActivity call may carry; a larger batch is RESOURCE_EXHAUSTED.</summary>
    [Range(1, 10_000)]
    public int MaxActivityBatch { get; set; } = 500;

    /// <summary>Activity events one session keeps in all (about 100 bytes each); further events are counted as dropped.</summary>
    [Range(1, 1_000_000)]
    public int MaxActivityEvents { get; set; } = 50_000;

    /// <summary>
    /// Bytes of activity one session keeps in all (events as stored, their texts included: 64 MiB by default), so that a
    /// session sending large snapshots cannot fill Redis; further events are counted as dropped.
    /// </summary>
    [Range(1024L, 1024L * 1024 * 1024)]
    public long MaxActivityBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The most text of one paste kept (UTF-16 code units); the paste's full length is kept beside it.</summary>
    [Range(0, 1_000_000)]
    public int MaxPasteChars { get; set; } = 20_000;

    /// <summary>A pause in typing longer than this ends a typing burst (the report's signals).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan BurstPause { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The signing key's bytes (validated at start).</summary>
    public byte[] SigningKeyBytes => Convert.FromBase64String(SigningKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        byte[] key;
        try
        {
            key = SigningKeyBytes;
        }
        catch (FormatException)
        {
            key = [];
        }
        if (key.Length < 32)
        {
            yield return new ValidationResult($"{Section}:SigningKey must be at least 32 random bytes in base64 (e.g. `openssl rand -base64 32`)", [nameof(SigningKey)]);
        }
        if (MaxActivityBatch > MaxActivityEvents)
        {
            yield return new ValidationResult($"{Section}:MaxActivityBatch ({MaxActivityBatch}) must not exceed {Section}:MaxActivityEvents ({MaxActivityEvents})",
                [nameof(MaxActivityBatch), nameof(MaxActivityEvents)]);
        }
        foreach (var origin in IdeOrigins.Where(o => !Uri.TryCreate(o, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || o.EndsWith('/')))
        {
            yield return new ValidationResult($"{Section}:IdeOrigins: '{origin}' is not an origin (scheme://host[:port], no path)", [nameof(IdeOrigins)]);
        }
    }
}
