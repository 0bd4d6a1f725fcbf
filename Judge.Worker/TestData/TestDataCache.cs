using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Worker.Options;
using Microsoft.Extensions.Options;

namespace Judge.Worker.TestData;

/// <summary>
/// Test data on local disk by problem version and upload. A version never changes, so a file once
/// written is good forever; it is written to a temporary name and renamed, so a reader never sees half a file.
/// </summary>
internal sealed class TestDataCache(ProblemStore problems, IOptions<WorkerOptions> options)
{
    private readonly string _root = options.Value.CacheDirectory;

    public async Task<byte[]> ReadAsync(StoredProblem problem, int index, TestDataPart part, CancellationToken cancellationToken)
    {
        var id = problem.Header.Id;
        var path = Path.Combine(_root, id, $"v{problem.Version}-{problem.UploadId}", $"{index}.{(part == TestDataPart.Input ? "in" : "out")}");
        if (File.Exists(path))
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        var data = await problems.GetTestDataAsync(id, problem.Version, index, part, cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, data, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        return data;
    }
}
