using System.ComponentModel.DataAnnotations;

namespace Judge.Worker.Languages;

/// <summary>
/// How a language runs function-style problems (the "Function" section of its row in the language table): the
/// candidate's code goes to <see cref="SolutionFile"/>, the harness generated from <see cref="Harness"/> (a template,
/// docs/function-problems.md) to <see cref="HarnessFile"/>, and the program is compiled and run with the commands here,
/// or the language's own when these are empty.
/// </summary>
public sealed class FunctionSupport
{
    /// <summary>Where the candidate's code is written in the work dir, e.g. solution.cpp; compile errors name it.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]+$")]
    public string SolutionFile { get; set; } = "";

    /// <summary>Where the generated harness is written in the work dir, e.g. main.cpp.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]+$")]
    public string HarnessFile { get; set; } = "";

    /// <summary>The harness template, a path relative to the worker's directory, e.g. Functions/Harnesses/cpp.cpp.</summary>
    [Required]
    public string Harness { get; set; } = "";

    /// <summary>One line of the harness per parameter: {index}, {name}, {type} (the language's spelling) and {Kind} (IntArray...).</summary>
    [Required]
    public string ReadArgument { get; set; } = "";

    /// <summary>
    /// For a design problem: one line per parameter of a call (constructor or method) reading its argument from the
    /// call's argument list, as <see cref="ReadArgument"/> ({index}, {name}, {type}, {Kind}); empty: the language's
    /// harness serves no design problems.
    /// </summary>
    public string DesignReadArgument { get; set; } = "";

    /// <summary>Whether the harness serves ListNode and TreeNode (it defines LeetCode's classes); false: such problems are refused in the language.</summary>
    public bool Nodes { get; set; }

    /// <summary>
    /// Go: the package a solution that declares none is in (LeetCode's Go code has no package clause). "package NAME; "
    /// is put before its first line, so the compiler's line numbers stay the candidate's; empty: the source is as written.
    /// </summary>
    [RegularExpression("^[A-Za-z_][A-Za-z0-9_]*$|^$")]
    public string DefaultPackage { get; set; } = "";

    /// <summary>Replaces the language's compile command (e.g. a check step for Python); empty: the language's.</summary>
    public string[] CompileCommand { get; set; } = [];

    /// <summary>Replaces the language's run command; empty: the language's.</summary>
    public string[] RunCommand { get; set; } = [];

    /// <summary>The harness template's full path.</summary>
    public string HarnessPath => Path.Combine(AppContext.BaseDirectory, Harness);
}
