using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Judge.Script;

/// <summary>
/// Compiles a checker script (Microsoft.CodeAnalysis.CSharp.Scripting) with <see cref="CheckerGlobals"/> as its globals and
/// <see cref="CheckerVerdict"/> as its result, and emits it as an assembly, so each test runs it without compiling again.
/// </summary>
internal static class ScriptCompiler
{
    private const int MaxDiagnostics = 50;

    /// <summary>Namespaces a script may use without a using directive.</summary>
    private static readonly string[] Imports =
        ["System", "System.Collections.Generic", "System.Globalization", "System.IO", "System.Linq", "System.Numerics", "System.Text"];

    /// <summary>E.g. "C# scripting (Roslyn 5.12.0), .NET 10.0.1".</summary>
    public static string Version
    {
        get
        {
            var roslyn = typeof(CSharpScript).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
            return $"C# scripting (Roslyn {roslyn.Split('-', '+')[0]}), .NET {Environment.Version.ToString(3)}";
        }
    }

    /// <summary>Compiles <paramref name="scriptPath"/> into <paramref name="assemblyPath"/>; returns the exit code: 0 compiled, 1 errors.</summary>
    public static int Compile(string scriptPath, string assemblyPath, TextWriter output)
    {
        var code = File.ReadAllText(scriptPath, Encoding.UTF8);
        var options = ScriptOptions.Default
            .WithReferences(References())
            .WithImports(Imports)
            .WithFilePath(Path.GetFileName(scriptPath))
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithAllowUnsafe(false)
            .WithEmitDebugInformation(false);
        var compilation = CSharpScript.Create<CheckerVerdict>(code, options, typeof(CheckerGlobals)).GetCompilation();
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Report(result.Diagnostics, result.Success ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, output);
        if (!result.Success)
        {
            return 1;
        }
        var entryPoint = compilation.GetEntryPoint(CancellationToken.None)
            ?? throw new InvalidOperationException("the script compilation has no entry point");
        File.WriteAllBytes(assemblyPath, image.ToArray());
        File.WriteAllLines(EntryFile(assemblyPath), [entryPoint.ContainingType.MetadataName, entryPoint.MetadataName]);
        return 0;
    }

    /// <summary>The file beside the assembly that names the script's entry point: its type's and its method's metadata names.</summary>
    public static string EntryFile(string assemblyPath) => assemblyPath + ".entry";

    /// <summary>Every assembly of the shared framework this host runs on, and this host (for the globals).</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)
            ?? throw new InvalidOperationException("the location of System.Private.CoreLib is unknown");
        return Directory.EnumerateFiles(framework, "*.dll")
            .Where(IsManagedAssembly)
            .Order(StringComparer.Ordinal)
            .Append(typeof(CheckerGlobals).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    /// <summary>The shared framework holds a few native libraries named *.dll on no platform; only managed assemblies are references.</summary>
    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private static void Report(IEnumerable<Diagnostic> diagnostics, DiagnosticSeverity severity, TextWriter output)
    {
        var shown = diagnostics
            .Where(d => d.Severity == severity && !d.IsSuppressed)
            .OrderBy(d => d.Location.SourceSpan.Start)
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
