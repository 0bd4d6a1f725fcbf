using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Worker.Options;

namespace Judge.Worker.TestData;

/// <summary>
/// Test data on local disk by problem version and upload, in the worker's private tree
/// (<see cref="WorkerDirectories.TestData"/>, mode 0700). A version never changes, so a file once written
/// is good forever. The worker writes each file itself under a temporary name, makes it 0644 (a sandbox
/// reads an input through a hard link) and renames it, so a reader never sees half a file; a file whose
/// size differs from the problem's header is fetched again.
/// </summary>
internal sealed class TestDataCache(ProblemStore problems, WorkerDirectories directories)
{
    private const UnixFileMode Readable =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>The local path of one test's input or expected output, fetched from Redis on first use.</summary>
    /// <exception cref="InvalidDataException">Redis holds data of another size than the header says.</exception>
    public async Task<string> PathAsync(StoredProblem problem, int index, TestDataPart part, CancellationToken cancellationToken)
    {
        var header = problem.Header;
        var test = header.Tests[index];
        var size = (long)(part == TestDataPart.Input ? test.InputSize : test.ExpectedOutputSize);
        var directory = Path.Combine(directories.TestData, header.Id, $"v{problem.Version}-{problem.UploadId}");
        var path = Path.Combine(directory, $"{index}.{(part == TestDataPart.Input ? "in" : "out")}");
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
        await File.WriteAllBytesAsync(temporary, data, cancellationToken);
        File.SetUnixFileMode(temporary, Readable);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>One test's input or expected output, whole (read synchronously: it is on local disk, mostly in the page cache).</summary>
    public async Task<byte[]> ReadAsync(StoredProblem problem, int index, TestDataPart part, CancellationToken cancellationToken) =>
        File.ReadAllBytes(await PathAsync(problem, index, part, cancellationToken));
}
