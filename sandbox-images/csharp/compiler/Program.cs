using System.Text;

namespace Judge.Csc;

/// <summary>
/// judge-csc [--main TYPE] SOURCE.cs [MORE.cs...]: compiles C# source files together into SOURCE.dll (named after
/// the first), a console application, and writes SOURCE.runtimeconfig.json next to it; --main names the type whose
/// Main is the entry point (as csc's -main), e.g. a function-style problem's harness beside the candidate's class.
/// Diagnostics go to stdout, each naming its own file; the exit code is 1 when there are errors, 2 on bad usage.
/// judge-csc --version prints the language, compiler and runtime versions on one line.
/// judge-csc --prestarted loads and warms up the compiler, then reads a whole judge-csc command line from stdin
/// (NUL-separated, as the runner's EXEC_PRESTARTED hands it over: the dotnet host, this dll, then the arguments) and
/// does what that command would, in about a fifth of the time of a cold start.
/// </summary>
internal static class Program
{
    // Roslyn recurses over the syntax, and the main thread's stack follows RLIMIT_STACK (unlimited while compiling).
    // On a thread with a fixed stack, a very deeply nested source ends quickly: error CS8078 where Roslyn guards the
    // recursion, otherwise a stack overflow that aborts the process (as it does csc), which is a failed compile too.
    private const int CompilerStackBytes = 16 << 20;

    private static int Main(string[] args) => args is ["--prestarted"] ? RunPrestarted() : Run(args);

    private static int RunPrestarted()
    {
        OnLargeStack(SourceCompiler.WarmUp);
        using var stdin = Console.OpenStandardInput();
        using var request = new StreamReader(stdin, Encoding.UTF8);
        var command = request.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries);
        // The dotnet host and this dll come first, as in the compile command.
        return Run(command.Length >= 2 ? command[2..] : []);
    }

    private static int Run(string[] args)
    {
        switch (args)
        {
            case ["--version"]:
                Console.WriteLine(SourceCompiler.Version);
                return 0;
            case ["--main", var mainType, .. var sources] when Usable(sources):
                return CompileOnLargeStack(sources, mainType);
            case [..] when Usable(args):
                return CompileOnLargeStack(args, null);
            default:
                Console.Error.WriteLine("usage: judge-csc [--main TYPE] SOURCE.cs [MORE.cs...] | --version");
                return 2;
        }
    }

    private static bool Usable(string[] sources) => sources.Length > 0 && sources.All(source => !source.StartsWith('-'));

    private static int CompileOnLargeStack(string[] sources, string? mainType)
    {
        var exitCode = 2;
        OnLargeStack(() => exitCode = SourceCompiler.Compile(sources, mainType, Console.Out));
        return exitCode;
    }

    private static void OnLargeStack(Action work)
    {
        var compiler = new Thread(() => work(), CompilerStackBytes) { Name = "compiler" };
        compiler.Start();
        compiler.Join();
    }
}
