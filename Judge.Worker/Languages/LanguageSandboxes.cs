using Judge.Worker.Options;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Languages;

/// <summary>
/// The language table's side of the sandbox seam: the <see cref="SandboxSpec"/> a language's sandboxes are started
/// from, and the compile and prestart requests its compile step runs.
/// </summary>
public static class LanguageSandboxes
{
    /// <summary>CPU time a prestarted compiler may spend warming up on top of the compile's own limit (a backstop only).</summary>
    private static readonly TimeSpan PrestartWarmUpAllowance = TimeSpan.FromSeconds(30);

    /// <summary>Every language of the table, for the pool to keep warm.</summary>
    public static WarmUpSpecs WarmUp(LanguageTable table, SandboxOptions options) =>
        new(table.Select(entry => Spec(entry.Key, entry.Value, options)));

    /// <summary>The sandbox of <paramref name="id"/>: its image, compile memory, and prestarted compiler if it has one.</summary>
    public static SandboxSpec Spec(string id, LanguageDefinition language, SandboxOptions options) =>
        new(id, language.Image, language.CompileMemoryMiB, PrestartRequest(options, language));

    /// <summary>
    /// The language's prestarted compiler (<see cref="LanguageDefinition.PrestartCommand"/>), or null: the compile step's
    /// limits, except CPU time, which the runner counts only from the hand-over; its RLIMIT_CPU backstop leaves room for the warm-up.
    /// </summary>
    public static ExecRequest? PrestartRequest(SandboxOptions options, LanguageDefinition language) =>
        language.PrestartCommand.Length == 0
            ? null
            : CompileRequest(options, language.PrestartCommand, language.Environment, language.CompileTimeLimit) with
            {
                CpuTimeLimit = language.CompileTimeLimit + PrestartWarmUpAllowance,
                WallTimeLimit = TimeSpan.FromDays(1),
            };

    /// <summary>
    /// A compile step (a candidate's program or a checker): CPU limit <paramref name="timeLimit"/>, wall clock twice that,
    /// compiler output capped at CompileOutputLimitBytes, files up to the work dir's size.
    /// </summary>
    public static ExecRequest CompileRequest(SandboxOptions options, IReadOnlyList<string> command, IReadOnlyList<string> environment, TimeSpan timeLimit) => new()
    {
        Command = command,
        Environment = environment,
        CpuTimeLimit = timeLimit,
        WallTimeLimit = timeLimit * 2,
        StdoutLimitBytes = options.CompileOutputLimitBytes,
        StderrLimitBytes = options.CompileOutputLimitBytes,
        FileSizeLimitBytes = (long)options.WorkDirSizeMiB << 20,
    };
}
