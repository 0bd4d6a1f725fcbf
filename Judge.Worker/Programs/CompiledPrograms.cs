using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Judge.Worker.Options;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Programs;

/// <summary>
/// What a successful compile left in a sandbox's work dir (a tar made inside the sandbox) and what the compiler printed,
/// on the worker's disk by a key over the language, its compile command and environment, and every source file's name
/// and content. Only <see cref="Compiler"/> stores an entry, right after a compile in a sandbox; the cache lives as long
/// as the worker's private tree (made afresh at start), so the toolchain cannot change under it. Bounded by
/// Worker:CompiledProgramCacheMiB, least recently used out; an entry over <see cref="MaxEntryBytes"/> is not kept.
/// </summary>
internal sealed class CompiledPrograms(WorkerDirectories directories, IOptions<WorkerOptions> options, ILogger<CompiledPrograms> logger)
{
    /// <summary>A work dir's tar larger than this (bytes) is not cached.</summary>
    public const long MaxEntryBytes = 16 << 20;

    private readonly long _limitBytes = (long)options.Value.CompiledProgramCacheMiB << 20;
    private readonly object _gate = new();

    public bool Enabled => _limitBytes > 0;

    /// <summary>A compiled program: the work dir as a tar, and the compiler's output (warnings) the candidate saw.</summary>
    public sealed record Entry(ReadOnlyMemory<byte> Tar, string CompilerOutput);

    /// <summary>The cache key of <paramref name="program"/> in <paramref name="languageId"/>: hex SHA-256.</summary>
    public static string Key(string languageId, ProgramSource program)
    {
        // Every part length-prefixed, so no two different inputs hash the same bytes.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(ReadOnlySpan<byte> bytes)
        {
            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }
        void AddText(string text) => Add(Encoding.UTF8.GetBytes(text));
        AddText(languageId);
        AddText(string.Join('\0', program.Language.CompileCommand));
        AddText(string.Join('\0', program.Language.Environment));
        foreach (var file in program.Files)
        {
            AddText(file.Name);
            Add(file.Content.Span);
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>The entry under <paramref name="key"/>, or null; a hit counts as a use (least recently used goes first).</summary>
    public async Task<Entry?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return null;
        }
        var path = PathOf(key);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        var outputLength = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        return new Entry(bytes.AsMemory(4 + outputLength), Encoding.UTF8.GetString(bytes, 4, outputLength));
    }

    /// <summary>Keeps <paramref name="entry"/> under <paramref name="key"/> (written whole or not at all), then trims the cache to its bound.</summary>
    public async Task StoreAsync(string key, Entry entry, CancellationToken cancellationToken)
    {
        var output = Encoding.UTF8.GetBytes(entry.CompilerOutput);
        if (!Enabled || entry.Tar.Length + output.Length > MaxEntryBytes)
        {
            return;
        }
        Directory.CreateDirectory(directories.CompiledPrograms);
        // The file: the output's length (4 bytes, little-endian), the output, the tar; written whole, then renamed.
        var header = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, output.Length);
        var temporary = $"{PathOf(key)}.{Guid.NewGuid():N}.tmp";
        await using (var file = File.Create(temporary))
        {
            await file.WriteAsync(header, cancellationToken);
            await file.WriteAsync(output, cancellationToken);
            await file.WriteAsync(entry.Tar, cancellationToken);
        }
        File.Move(temporary, PathOf(key), overwrite: true);
        Trim();
    }

    private void Trim()
    {
        lock (_gate)
        {
            var files = new DirectoryInfo(directories.CompiledPrograms).GetFiles("*.program")
                .OrderByDescending(file => file.LastWriteTimeUtc).ToList();
            var total = 0L;
            foreach (var file in files)
            {
                total += file.Length;
                if (total > _limitBytes)
                {
                    file.Delete();
                    logger.LogDebug("Compiled program {Key} removed from the cache (least recently used)", file.Name);
                }
            }
        }
    }

    private string PathOf(string key) => Path.Combine(directories.CompiledPrograms, key + ".program");
}
