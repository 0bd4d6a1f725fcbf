using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Judge.Csc;

/// <summary>Compiles source files into a console application, as a default .NET console project would.</summary>
internal static class SourceCompiler
{
    /// <summary>At most this many errors (or warnings) are printed; a broken source can produce thousands.</summary>
    private const int MaxDiagnostics = 50;

    /// <summary>The implicit usings of a console project, plus System.Text.</summary>
    private const string GlobalUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Text;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>E.g. "C# 15.0 (Roslyn 5.12.0), .NET 10.0.12".</summary>
    public static string Version
    {
        get
        {
            // The informational version is e.g. "5.12.0-1.26502.2+<commit>"; the package version is its first part.
            var roslyn = typeof(CSharpCompilation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
            var language = ParseOptions.LanguageVersion.MapSpecifiedToEffectiveVersion().ToDisplayString();
            return $"C# {language} (Roslyn {roslyn.Split('-', '+')[0]}), .NET {Environment.Version.ToString(3)}";
        }
    }

    /// <summary>A contest program, with a compile error beside it: what a warm-up compiles to have the compiler's paths loaded and jitted.</summary>
    private const string WarmUpSource = """
        var reader = new StreamReader(Console.OpenStandardInput());
        var numbers = reader.ReadToEnd().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToList();
        var counts = new Dictionary<long, int>();
        foreach (var n in numbers) { counts[n] = counts.GetValueOrDefault(n) + 1; }
        var sorted = numbers.OrderBy(n => n).ToArray();
        Console.WriteLine($"{sorted.Sum()} {counts.Count} {string.Join(' ', sorted.Take(3))}");
        record Point(int X, int Y);
        class Solver { public int Solve(int[] a) => a.Length == 0 ? 0 : a.Max() - undefinedName; }
        """;

    /// <summary>
    /// Compiles and emits a program in memory, reporting its diagnostics nowhere: loads the framework's metadata and
    /// jits the compiler, so that the compile that follows (in the same process) takes a fraction of a cold one.
    /// </summary>
    public static void WarmUp()
    {
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(WarmUpSource, Encoding.UTF8), ParseOptions, "warmup.cs");
        var compilation = Create("warmup", [tree, GlobalUsingsTree()], null);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Report(result.Diagnostics, DiagnosticSeverity.Error, TextWriter.Null);
    }

    /// <summary>
    /// Compiles <paramref name="sourcePaths"/> together into the first one's name with the extension .dll; each
    /// syntax tree is named by its file's name, so diagnostics name the file they are in. <paramref name="mainType"/>:
    /// the type whose Main is the entry point, or null for the one the compiler finds. Returns the exit code: 0
    /// compiled, 1 errors.
    /// </summary>
    public static int Compile(IReadOnlyList<string> sourcePaths, string? mainType, TextWriter output)
    {
        var trees = new List<SyntaxTree>();
        foreach (var sourcePath in sourcePaths)
        {
            SourceText text;
            using (var stream = File.OpenRead(sourcePath))
            {
                text = SourceText.From(stream, Encoding.UTF8);
            }
            trees.Add(CSharpSyntaxTree.ParseText(text, ParseOptions, Path.GetFileName(sourcePath)));
        }
        trees.Add(GlobalUsingsTree());
        var firstPath = sourcePaths[0];
        var compilation = Create(Path.GetFileNameWithoutExtension(firstPath), trees, mainType);

        using var image = new MemoryStream();
        // No PDB: writing one costs start-up time, and the line numbers it would add to an unhandled exception's
        // stack trace are approximate in optimized code; the trace still names the methods.
        var result = compilation.Emit(image);
        Report(result.Diagnostics, result.Success ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, output);
        if (!result.Success)
        {
            return 1;
        }
        File.WriteAllBytes(Path.ChangeExtension(firstPath, ".dll"), image.ToArray());
        RuntimeConfig.Write(Path.ChangeExtension(firstPath, ".runtimeconfig.json"));
        return 0;
    }

    private static SyntaxTree GlobalUsingsTree() =>
        CSharpSyntaxTree.ParseText(SourceText.From(GlobalUsings, Encoding.UTF8), ParseOptions, "GlobalUsings.g.cs");

    private static CSharpCompilation Create(string assemblyName, IEnumerable<SyntaxTree> trees, string? mainType) =>
        CSharpCompilation.Create(
            assemblyName,
            trees,
            FrameworkReferences.Load(),
            new CSharpCompilationOptions(
                OutputKind.ConsoleApplication,
                mainTypeName: mainType,
                optimizationLevel: OptimizationLevel.Release,
                allowUnsafe: false,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: false,
                deterministic: true));

    /// <summary>Prints the diagnostics of one severity, in source order, as "main.cs(3,5): error CS0103: ...".</summary>
    private static void Report(IEnumerable<Diagnostic> diagnostics, DiagnosticSeverity severity, TextWriter output)
    {
        var shown = diagnostics
            .Where(d => d.Severity == severity && !d.IsSuppressed)
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        foreach (var diagnostic in shown.Take(MaxDiagnostics))
        {
            output.WriteLine(CSharpDiagnosticFormatter.Instance.Format(diagnostic, CultureInfo.InvariantCulture));
        }
        if (shown.Count > MaxDiagnostics)
        {
            output.WriteLine($"... and {shown.Count - MaxDiagnostics} more");
        }
    }
}
