using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Judge.Csc;

/// <summary>
/// The assemblies a candidate's program is compiled against: every assembly of the shared framework
/// (Microsoft.NETCore.App) this compiler itself runs on, which is the one the program will run on.
/// </summary>
internal static class FrameworkReferences
{
    /// <summary>The shared framework directory, e.g. /opt/dotnet/shared/Microsoft.NETCore.App/10.0.12.</summary>
    public static string Directory { get; } = Path.GetDirectoryName(typeof(object).Assembly.Location)
        ?? throw new InvalidOperationException("the location of System.Private.CoreLib is unknown");

    public static ImmutableArray<MetadataReference> Load() =>
        [.. System.IO.Directory.EnumerateFiles(Directory, "*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path))];
}
