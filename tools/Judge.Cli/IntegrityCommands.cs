using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Judge.Contracts.V1;

namespace Judge.Cli;

/// <summary>The integrity commands: a session's recorded activity as a readable list, and a reviewer link to its replay page.</summary>
public sealed partial class Commands
{
    /// <summary>timeline SESSION_ID [--utc]: every recorded event and every RUN and SUBMIT, oldest first, one a line with its time.</summary>
    private async Task<int> TimelineAsync(string id, string[] flags)
    {
        var zone = flags.Contains("--utc") ? TimeZoneInfo.Utc : TimeZoneInfo.Local;
        string When(Timestamp at) => TimeZoneInfo.ConvertTime(at.ToDateTimeOffset(), zone).ToString("yyyy-MM-dd HH:mm:ss.fff zzz", CultureInfo.InvariantCulture);
        var request = new GetSessionTimelineRequest { SessionId = id, PageSize = 5000 };
        var first = await AssessmentsClient.GetSessionTimelineAsync(request);
        var lines = new List<(Timestamp At, int Order, string Text)>();
        var page = first;
        while (true)
        {
            lines.AddRange(page.Events.Select(e => (e.At, lines.Count, $"{Where(e.ProblemId, e.Language)}{Describe(e)}")));
            if (page.NextPageToken.Length == 0)
            {
                break;
            }
            request.PageToken = page.NextPageToken;
            page = await AssessmentsClient.GetSessionTimelineAsync(request);
        }
        lines.AddRange(first.Submissions.Select(s => (s.At, int.MaxValue, $"{Where(s.ProblemId, s.Language)}{(s.Mode == SubmitMode.Run ? "RUN" : "SUBMIT")} {s.SubmissionId}: " +
            $"{(s.Status == SubmissionStatus.Finished ? $"{VerdictName(s.Verdict)} {s.Score:0.##}/{s.MaxScore:0.##}" : s.Status.ToString().ToLowerInvariant())}, {s.Source.Length} bytes")));
        await output.WriteLineAsync($"session {first.SessionId}: {Count((uint)(lines.Count - first.Submissions.Count), "event")}, {Count((uint)first.Submissions.Count, "run or submit", "runs and submits")}" +
            (first.DroppedEvents > 0 ? $"; {first.DroppedEvents} events over the session's cap were not kept" : ""));
        foreach (var line in lines.OrderBy(l => l.At.ToDateTimeOffset()).ThenBy(l => l.Order))
        {
            await output.WriteLineAsync($"  {When(line.At)}  {line.Text}");
        }
        return 0;
    }

    /// <summary>review-link SESSION_ID [--ttl 2h]: a signed, read-only link to the session's replay page.</summary>
    private async Task<int> ReviewLinkAsync(string id, string[] flags)
    {
        var request = new CreateReviewerLinkRequest { SessionId = id };
        if (Flag(flags, "--ttl") is { } text)
        {
            if (ParseTtl(text) is not { } ttl)
            {
                await output.WriteLineAsync("--ttl takes a duration such as 30m, 2h or 7d (1 minute to 7 days)");
                return 2;
            }
            request.Ttl = Duration.FromTimeSpan(ttl);
        }
        var link = await AssessmentsClient.CreateReviewerLinkAsync(request);
        await output.WriteLineAsync($"read-only replay of session {id}, valid until {link.ExpiresAt.ToDateTimeOffset():yyyy-MM-dd HH:mm} UTC:");
        await output.WriteLineAsync(link.Url);
        return 0;
    }

    /// <summary>"90s", "30m", "2h", "7d", or a TimeSpan ("02:00:00"); null when neither.</summary>
    private static TimeSpan? ParseTtl(string text)
    {
        if (text.Length >= 2 && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            return char.ToLowerInvariant(text[^1]) switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => null,
            };
        }
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : null;
    }

    private static string Where(string problemId, string language) =>
        problemId.Length == 0 ? "" : $"{problemId}/{language}: ";

    private static string Describe(ActivityEvent e) => e.KindCase switch
    {
        ActivityEvent.KindOneofCase.Snapshot => $"text shown ({Count((uint)e.Snapshot.Length, "character")})",
        ActivityEvent.KindOneofCase.Edit => "edit " + string.Join("; ", e.Edit.Changes.Select(c =>
            c.Length == 0 ? $"+{Quote(c.Text)} at {c.Offset}" : c.Text.Length == 0 ? $"-{c.Length} at {c.Offset}" : $"{c.Length} at {c.Offset} replaced by {Quote(c.Text)}")),
        ActivityEvent.KindOneofCase.Paste => $"PASTE of {Count(e.Paste.Length, "character")}: {Quote(e.Paste.Text)}",
        ActivityEvent.KindOneofCase.Copy => $"copy of {Count(e.Copy.Length, "character")}",
        ActivityEvent.KindOneofCase.Cut => $"cut of {Count(e.Cut.Length, "character")}",
        ActivityEvent.KindOneofCase.Focus => e.Focus ? "back in the window" : "LEFT the window (focus lost)",
        ActivityEvent.KindOneofCase.Visible => e.Visible ? "page visible again" : "page HIDDEN",
        ActivityEvent.KindOneofCase.Switched => "opened",
        _ => "(unknown event)",
    };

    /// <summary>Text in quotes, newlines and tabs escaped, at most 40 characters shown.</summary>
    private static string Quote(string text)
    {
        var escaped = text.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t").Replace("\"", "\\\"");
        return escaped.Length <= 40 ? $"\"{escaped}\"" : $"\"{escaped[..40]}\"…";
    }
}
