namespace Judge.Csc;

/// <summary>
/// judge-csc SOURCE.cs: compiles one C# source file into SOURCE.dll, a console application, and writes
/// SOURCE.runtimeconfig.json next to it. Diagnostics go to stdout; the exit code is 1 when there are errors.
/// judge-csc --version prints the language, compiler and runtime versions on one line.
/// </summary>
internal static class Program
{
    // Roslyn recurses over the syntax, and the main thread's stack follows RLIMIT_STACK (unlimited while compiling).
    // On a thread with a fixed stack, a very deeply nested source ends quickly: error CS8078 where Roslyn guards the
    // recursion, otherwise a stack overflow that aborts the process (as it does csc), which is a failed compile too.
    private const int CompilerStackBytes = 16 << 20;

    private static int Main(string[] args)
    {
        switch (args)
        {
            case ["--version"]:
                Console.WriteLine(SourceCompiler.Version);
                return 0;
            case [var source] when !source.StartsWith('-'):
                var exitCode = 2;
                var compiler = new Thread(() => exitCode = SourceCompiler.Compile(source, Console.Out), CompilerStackBytes)
                {
                    Name = "compiler",
                };
                compiler.Start();
                compiler.Join();
                return exitCode;
            default:
                Console.Error.WriteLine("usage: judge-csc SOURCE.cs | --version");
                return 2;
        }
    }
}
