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

    [Required, RegularExpression("^[A-Za-z0-9_.-]+$")]
    public string SourceFile { get; set; } = "";

    /// <summary>Empty when the language has no compile or check step.</summary>
    public string[] CompileCommand { get; set; } = [];

    [Required, MinLength(1)]
    public string[] RunCommand { get; set; } = [];

    /// <summary>Prints the compiler or runtime version; its first line is what ListLanguages shows.</summary>
    [Required, MinLength(1)]
    public string[] VersionCommand { get; set; } = [];

    /// <summary>The environment of compile and run, as NAME=value.</summary>
    public string[] Environment { get; set; } = [];

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan CompileTimeLimit { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Memory of the whole container while compiling.</summary>
    [Range(64, 16384)]
    public int CompileMemoryMiB { get; set; } = 1024;
}
