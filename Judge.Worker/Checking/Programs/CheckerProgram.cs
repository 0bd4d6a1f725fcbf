using Judge.Contracts.V1;

namespace Judge.Worker.Checking;

/// <summary>
/// How a kind of program checker is built and run, inside a sandbox of a language's image (never the candidate's
/// container): the author's files are written into the work dir (/w), <see cref="CompileCommand"/> runs once per problem
/// version, and on each test <see cref="RunCommand"/> runs with three more arguments, the test's input, the program's
/// output and the expected output, as files in /judge/in. The checker answers with exit codes and text as testlib
/// (<see cref="TestlibResult"/>). An interactive problem's interactor is built and kept the same way (<see cref="Interactor"/>),
/// and runs beside the candidate's program instead of after it.
/// </summary>
/// <param name="Role">"checker" or "interactor": how messages name it ("the interactor interactor.cpp failed ...").</param>
/// <param name="MainFile">The author's main file, e.g. check.cpp.</param>
/// <param name="Files">The author's files, written into /w before compiling.</param>
internal sealed record CheckerProgram(string LanguageId, IReadOnlyList<string> CompileCommand, IReadOnlyList<string> RunCommand,
    string Role, string MainFile, IReadOnlyList<SourceFile> Files)
{
    public const string CheckerRole = "checker";
    public const string InteractorRole = "interactor";

    private const string WorkDirectory = Options.SandboxOptions.WorkDirectory;

    /// <summary>The files a checker reads, in the order of its arguments (testlib's order: input, output, answer).</summary>
    public static readonly IReadOnlyList<string> FileNames = ["input", "output", "answer"];

    /// <summary>The program for <paramref name="settings"/> of a program checker kind, or null for a built-in kind.</summary>
    public static CheckerProgram? For(Checker kind, CheckerSettings settings) => kind switch
    {
        // testlib.h and any other file the author uploads lie beside the main file in /w, where #include "..." finds them.
        Checker.Testlib => Testlib(CheckerRole, settings.MainFile, settings.Files),
        // judge-script (sandbox-images/csharp/script-host) compiles the script into an assembly once, then runs it per test.
        Checker.CsharpScript => new CheckerProgram("csharp",
            [ScriptHost[0], ScriptHost[1], "compile", $"{WorkDirectory}/{settings.MainFile}", $"{WorkDirectory}/checker.dll"],
            [ScriptHost[0], ScriptHost[1], "run", $"{WorkDirectory}/checker.dll"], CheckerRole, settings.MainFile, settings.Files),
        _ => null,
    };

    /// <summary>An interactive problem's interactor: testlib C++, run as <c>interactor input tout answer</c>.</summary>
    public static CheckerProgram Interactor(InteractorSettings settings) => Testlib(InteractorRole, settings.MainFile, settings.Files);

    /// <summary>"the checker check.cpp", "the interactor interactor.cpp": how messages name the program.</summary>
    public string Description => $"the {Role} {MainFile}";

    private static CheckerProgram Testlib(string role, string mainFile, IReadOnlyList<SourceFile> files) => new("cpp",
        ["/usr/bin/g++", "-O2", "-std=gnu++20", "-static", "-pipe", "-o", $"{WorkDirectory}/{role}", $"{WorkDirectory}/{mainFile}"],
        [$"{WorkDirectory}/{role}"], role, mainFile, files);

    private static readonly string[] ScriptHost = ["/opt/dotnet/dotnet", "/opt/judge-script/judge-script.dll"];
}
