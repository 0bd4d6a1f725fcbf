using System.Collections.Immutable;
using System.IO.MemoryMappedFiles;
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

    /// <summary>The mapped files: their views must not be finalized (unmapped) while the compiler reads them.</summary>
    private static readonly List<MemoryMappedViewAccessor> Mappings = [];

    /// <summary>The references, made once per process: a prestarted compiler's warm-up leaves the compile its metadata (and Roslyn's symbols over it) ready.</summary>
    public static ImmutableArray<MetadataReference> Load() => References.Value;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        [.. System.IO.Directory.EnumerateFiles(Directory, "*.dll")
            .Order(StringComparer.Ordinal)
            .Select(MapFile)]);

    /// <summary>
    /// Maps the file into memory instead of reading it (MetadataReference.CreateFromFile reads all of it: about
    /// 80 MB for the whole framework, most of it code the compiler never looks at). The mapping outlives its file
    /// handle and is kept for the life of this short-lived process.
    /// </summary>
    private static MetadataReference MapFile(string path)
    {
        var length = new FileInfo(path).Length;
        using var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        Mappings.Add(view);
        var start = view.SafeMemoryMappedViewHandle.DangerousGetHandle() + (nint)view.PointerOffset;
        var metadata = AssemblyMetadata.Create(ModuleMetadata.CreateFromImage(start, checked((int)length)));
        return metadata.GetReference(filePath: path);
    }
}
