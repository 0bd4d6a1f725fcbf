using Judge.Contracts.V1;
using Judge.Storage.Records;

namespace Judge.Worker.TestData;

/// <summary>A problem version's test files on local disk, as the judging flow reads them; <see cref="TestDataCache"/> is the real one.</summary>
public interface ITestData
{
    /// <summary>Keeps the version's files in place until disposed; hold it while using paths from <see cref="PathAsync"/>.</summary>
    IDisposable Use(StoredProblem problem);

    /// <summary>The local path of test <paramref name="index"/>'s input or expected output.</summary>
    /// <exception cref="InvalidDataException">The stored data has another size than the header says.</exception>
    /// <exception cref="InvalidOperationException">No such test data is stored (the version was removed).</exception>
    Task<string> PathAsync(StoredProblem problem, int index, TestDataPart part, CancellationToken cancellationToken);
}
