using System.ComponentModel.DataAnnotations;

namespace Judge.Worker.Languages;

/// <summary>
/// One row of the language table (configuration section "Languages", keyed by language id).
/// Commands are argv arrays run without a shell, inside the language's image, in the work directory.
/// </summary>
public sealed class LanguageDefinition
{
    [Required]
    public string DisplayName { get; set; } = "";

    [Required]
    public string Image { get; set; } = "";

    /// <summary>
    /// The language this id is another toolchain of (pypy: python; java17, java25: java), or empty for a language of its
    /// own: ids of one family share function-style spellings and harnesses, test programs, and are compared with each
    /// other for similarity. The one place such aliases are written.
    /// </summary>
    [RegularExpression("^[a-z0-9]*$")]
    public string Family { get; set; } = "";

    /// <summary>The family of <paramref name="id"/>: <see cref="Family"/>, or the id itself.</summary>
    public string FamilyOf(string id) => Family.Length > 0 ? Family : id;

    [Required, RegularExpression("^[A-Za-z0-9_.-]+$")]
    public string SourceFile { get; set; } = "";

    /// <summary>Empty when the language has no compile or check step.</summary>
    public string[] CompileCommand { get; set; } = [];

    /// <summary>
    /// A compiler started while the sandbox waits in the pool (the runner's PRESTART), which loads and warms up, then
    /// reads the compile command's argv from stdin (NUL-separated) and compiles as that command would; empty for none.
    /// </summary>
    public string[] PrestartCommand { get; set; } = [];

    /// <summary>May contain {memory_mib}, replaced by the problem's memory limit (e.g. a JVM's -Xmx).</summary>
    [Required, MinLength(1)]
    public string[] RunCommand { get; set; } = [];

    /// <summary>Prints the compiler or runtime version; its first line is what ListLanguages shows.</summary>
    [Required, MinLength(1)]
    public string[] VersionCommand { get; set; } = [];

    /// <summary>The environment of compile and run, as NAME=value.</summary>
    public string[] Environment { get; set; } = [];

    /// <summary>
    /// Memory a runtime needs beyond the program's own data (a JVM's metaspace and code cache), MiB: peak
    /// memory is judged against the problem's limit plus this; a problem may set its own (LanguageLimits).
    /// </summary>
    [Range(0, 4096)]
    public int MemoryAllowanceMiB { get; set; }

    /// <summary>A problem's time limit is multiplied by this for the language; a problem may set its own (LanguageLimits).</summary>
    [Range(0.1, 20.0)]
    public double TimeMultiplier { get; set; } = 1;

    /// <summary>Text on stderr that means the program ran out of memory (a runtime's out-of-memory error).</summary>
    public string[] OutOfMemoryMarkers { get; set; } = [];

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan CompileTimeLimit { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Memory of the whole container while compiling.</summary>
    [Range(64, 16384)]
    public int CompileMemoryMiB { get; set; } = 1024;

    /// <summary>How function-style problems are run in this language; null when they are not served in it.</summary>
    public FunctionSupport? Function { get; set; }

    /// <summary>This row as a function-style program uses it: the harness file is the source, and the function's commands replace the language's where set.</summary>
    public LanguageDefinition ForFunctions(FunctionSupport support)
    {
        var row = (LanguageDefinition)MemberwiseClone();
        row.SourceFile = support.HarnessFile;
        row.CompileCommand = support.CompileCommand.Length > 0 ? support.CompileCommand : CompileCommand;
        row.RunCommand = support.RunCommand.Length > 0 ? support.RunCommand : RunCommand;
        row.Function = null;
        return row;
    }

    public IReadOnlyList<string> RunCommandFor(uint memoryLimitMiB) =>
        RunCommand.Select(argument => argument.Replace("{memory_mib}", memoryLimitMiB.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

    /// <summary>A run that failed while its runtime reported running out of memory.</summary>
    public bool RanOutOfMemory(Sandbox.ExecResult run)
    {
        if (run.Status is not (Sandbox.RunStatus.NonZeroExit or Sandbox.RunStatus.Signaled) || OutOfMemoryMarkers.Length == 0)
        {
            return false;
        }
        var stderr = System.Text.Encoding.UTF8.GetString(run.Stderr);
        return OutOfMemoryMarkers.Any(marker => stderr.Contains(marker, StringComparison.Ordinal));
    }
}
