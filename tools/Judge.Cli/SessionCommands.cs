using Google.Protobuf.WellKnownTypes;
using Judge.Contracts.V1;

namespace Judge.Cli;

/// <summary>The session commands: the screening pipeline's side of an assessment (an API key with the role assessment-admin).</summary>
public sealed partial class Commands
{
    private Assessments.AssessmentsClient AssessmentsClient => new(channel);

    /// <summary>session create PROBLEM[,PROBLEM...] [--minutes N] [--languages a,b] [--candidate REF]: prints the id, the end and the IDE's URL.</summary>
    private async Task<int> CreateSessionAsync(string problems, string[] flags)
    {
        string? Flag(string name) => Array.IndexOf(flags, name) is var at and >= 0 && at + 1 < flags.Length ? flags[at + 1] : null;
        if (!int.TryParse(Flag("--minutes") ?? "90", out var minutes) || minutes is < 1 or > 1440)
        {
            await output.WriteLineAsync("--minutes takes a whole number of minutes, 1-1440");
            return 2;
        }
        var request = new CreateSessionRequest
        {
            CandidateRef = Flag("--candidate") ?? "demo",
            ProblemIds = { problems.Split(',', StringSplitOptions.RemoveEmptyEntries) },
            Languages = { (Flag("--languages") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries) },
            Duration = Duration.FromTimeSpan(TimeSpan.FromMinutes(minutes)),
        };
        var session = await AssessmentsClient.CreateSessionAsync(request);
        await output.WriteLineAsync($"session {session.Id} for {session.CandidateRef}: {string.Join(", ", session.Problems.Select(p => $"{p.ProblemId} v{p.Version}"))}; " +
            $"{string.Join(", ", session.Languages)}; open until {session.EndsAt.ToDateTimeOffset():yyyy-MM-dd HH:mm} UTC");
        await output.WriteLineAsync(session.IdeUrl);
        return 0;
    }

    private async Task<int> EndSessionAsync(string id)
    {
        var session = await AssessmentsClient.EndSessionAsync(new EndSessionRequest { SessionId = id });
        await output.WriteLineAsync($"session {session.Id} ended at {session.EndsAt.ToDateTimeOffset():yyyy-MM-dd HH:mm:ss} UTC");
        return 0;
    }

    private async Task<int> SessionReportAsync(string id)
    {
        var report = await AssessmentsClient.GetSessionReportAsync(new GetSessionReportRequest { SessionId = id });
        await output.WriteLineAsync($"session {report.Session.Id} for {report.Session.CandidateRef}{(report.Session.EndedEarly ? " (ended early)" : "")}");
        foreach (var problem in report.Problems)
        {
            await output.WriteLineAsync($"  {problem.ProblemId} v{problem.Version}: best {problem.BestScore:0.##} of {problem.MaxScore:0.##}");
            foreach (var s in problem.Submissions)
            {
                await output.WriteLineAsync($"    {s.CreatedAt.ToDateTimeOffset():HH:mm:ss} {s.Id} {s.Language,-10} {s.Mode,-6} {VerdictName(s.Verdict),-22} {s.Score:0.##}/{s.MaxScore:0.##}");
            }
        }
        return 0;
    }
}
