using System.Reflection;
using System.Text;

namespace Judge.Script;

/// <summary>Runs a compiled checker script on one test and reports its verdict (<see cref="Verdicts"/>).</summary>
internal static class ScriptRunner
{
    /// <summary>Returns the exit code; any failure of the script (an exception, no verdict) is a checker failure, exit code 3.</summary>
    public static int Run(string assemblyPath, string inputPath, string outputPath, string answerPath, TextWriter error)
    {
        CheckerGlobals globals;
        MethodInfo factory;
        try
        {
            globals = new CheckerGlobals(Read(inputPath), Read(outputPath), Read(answerPath));
            factory = Factory(assemblyPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or BadImageFormatException)
        {
            return Verdicts.Fail($"the checker cannot start: {e.Message}", error);
        }

        // What the script prints is not the verdict: it goes nowhere, and only the verdict reaches stderr.
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);
        CheckerVerdict? verdict;
        try
        {
            // A script's factory takes the submission array: the globals at 0, the script's own slot at 1 (as Roslyn's scripting runs it).
            var run = (Task<CheckerVerdict>)factory.Invoke(null, [new object?[] { globals, null }])!;
            verdict = run.GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            var thrown = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            return Verdicts.Fail($"the script threw {thrown.GetType().FullName}: {thrown.Message}", error);
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
        return Verdicts.Report(verdict, error);
    }

    private static string Read(string path) => File.ReadAllText(path, Encoding.UTF8);

    private static MethodInfo Factory(string assemblyPath)
    {
        var entry = File.ReadAllLines(ScriptCompiler.EntryFile(assemblyPath));
        if (entry.Length != 2)
        {
            throw new InvalidDataException($"{ScriptCompiler.EntryFile(assemblyPath)} does not name an entry point");
        }
        var assembly = Assembly.LoadFrom(assemblyPath);
        return assembly.GetType(entry[0], throwOnError: true)!.GetMethod(entry[1], BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidDataException($"{assemblyPath} has no method {entry[0]}.{entry[1]}");
    }
}
