using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Worker.Options;
using Microsoft.Extensions.Options;
using Judge.Storage.Records;

namespace Judge.Worker.TestData;

/// <summary>
/// Test data on local disk by problem version and upload, in the worker's private tree
/// (<see cref="WorkerDirectories.TestData"/>, mode 0700). A version never changes, so a file once written
/// is good for as long as it is kept. The worker writes each file itself under a temporary name, makes it 0644 (a sandbox
/// reads an input through a hard link) and renames it, so a reader never sees half a file; a file whose
/// size differs from the problem's header is fetched again. The cache keeps to <see cref="WorkerOptions.TestDataCacheMiB"/>
/// by removing the least recently used versions (<see cref="TestDataCacheSpace"/>), never one held with <see cref="Use"/>:
/// a judgment holds its version while it runs, so its files (and the hard links made from them) stay in place.
/// </summary>
internal sealed class TestDataCache(ProblemStore problems, WorkerDirectories directories, IOptions<WorkerOptions> options, ILogger<TestDataCache> logger) : ITestData
{
    private const UnixFileMode Readable =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private readonly TestDataCacheSpace _space = new((long)options.Value.TestDataCacheMiB << 20, logger);

    /// <summary>Bytes of all cached files.</summary>
    public long Bytes => _space.Bytes;

    /// <summary>Keeps the version's files in the cache until disposed; hold it while using paths from <see cref="PathAsync"/>.</summary>
    public IDisposable Use(StoredProblem problem) => _space.Hold(DirectoryOf(problem));

    /// <summary>
    /// The local path of one test's input or expected output, fetched from Redis on first use. The file stays only while
    /// the caller holds the version (<see cref="Use"/>).
    /// </summary>
    /// <exception cref="InvalidDataException">Redis holds data of another size than the header says.</exception>
    /// <exception cref="InvalidOperationException">Redis holds no such test data (the version was removed).</exception>
    public async Task<string> PathAsync(StoredProblem problem, int index, TestDataPart part, CancellationToken cancellationToken)
    {
        var header = problem.Header;
        var test = header.Tests[index];
        var size = (long)(part == TestDataPart.Input ? test.InputSize : test.ExpectedOutputSize);
        var directory = DirectoryOf(problem);
        var path = Path.Combine(directory, $"{index}.{(part == TestDataPart.Input ? "in" : "out")}");
        // Held while fetching too, so the directory is not removed while the file is written into it.
        using var fetching = _space.Hold(directory);
        if (new FileInfo(path) is { Exists: true } cached && cached.Length == size)
        {
            return path;
        }
        var data = await problems.GetTestDataAsync(header.Id, problem.Version, index, part, cancellationToken);
        if (data.Length != size)
        {
            throw new InvalidDataException($"problem {header.Id} v{problem.Version} test {index}: {data.Length} bytes of {part} stored, header says {size}");
        }
        Directory.CreateDirectory(directory);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, data, cancellationToken);
            File.SetUnixFileMode(temporary, Readable);
            _space.Place(directory, temporary, path, size);
        }
        finally
        {
            File.Delete(temporary);
        }
        return path;
    }

    /// <summary>One test's input or expected output, whole (read synchronously: it is on local disk, mostly in the page cache).</summary>
    public async Task<byte[]> ReadAsync(StoredProblem problem, int index, TestDataPart part, CancellationToken cancellationToken)
    {
        using var reading = Use(problem);
        return File.ReadAllBytes(await PathAsync(problem, index, part, cancellationToken));
    }

    private string DirectoryOf(StoredProblem problem) =>
        Path.Combine(directories.TestData, problem.Header.Id, $"v{problem.Version}-{problem.UploadId}");
}
