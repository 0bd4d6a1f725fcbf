namespace Judge.Script;

/// <summary>
/// judge-script compile SCRIPT.csx ASSEMBLY: compiles a checker script into ASSEMBLY (and ASSEMBLY.entry, which names
/// its entry point); diagnostics go to stdout, exit code 1 when there are errors.
/// judge-script run ASSEMBLY INPUT OUTPUT ANSWER: runs the compiled script on one test; exit codes and text (on stderr)
/// as testlib: 0 "ok", 1 "wrong answer", 7 "points X" (X the fraction, 0..1), 3 "FAIL" when the script fails.
/// judge-script --version prints the scripting and runtime versions.
/// </summary>
internal static class Program
{
    // Roslyn recurses over the syntax: a fixed stack makes a deeply nested script fail fast, as in judge-csc.
    private const int StackBytes = 16 << 20;

    private static int Main(string[] args)
    {
        var exitCode = Verdicts.FailExitCode;
        var worker = new Thread(() => exitCode = Dispatch(args), StackBytes) { Name = "judge-script" };
        worker.Start();
        worker.Join();
        return exitCode;
    }

    private static int Dispatch(string[] args)
    {
        switch (args)
        {
            case ["--version"]:
                Console.WriteLine(ScriptCompiler.Version);
                return 0;
            case ["compile", var script, var assembly]:
                return ScriptCompiler.Compile(script, assembly, Console.Out);
            case ["run", var assembly, var input, var output, var answer]:
                return ScriptRunner.Run(assembly, input, output, answer, Console.Error);
            default:
                Console.Error.WriteLine("usage: judge-script compile SCRIPT.csx ASSEMBLY | run ASSEMBLY INPUT OUTPUT ANSWER | --version");
                return Verdicts.FailExitCode;
        }
    }
}
