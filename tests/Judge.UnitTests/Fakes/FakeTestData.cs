using Judge.Contracts.V1;
using Judge.Storage.Records;
using Judge.Worker.TestData;

namespace Judge.UnitTests.Fakes;

/// <summary>
/// Test data in a temporary directory instead of the worker's cache: input i is <c>{i}.in</c>, expected output
/// <c>{i}.out</c>, written at construction; counts the holds (<see cref="Use"/>) still open. Disposing removes the directory.
/// </summary>
public sealed class FakeTestData : ITestData, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("judge-unit-").FullName;
    private int _held;

    public FakeTestData(IReadOnlyList<(string Input, string Expected)> tests)
    {
        for (var i = 0; i < tests.Count; i++)
        {
            File.WriteAllText(Path.Combine(_directory, $"{i}.in"), tests[i].Input);
            File.WriteAllText(Path.Combine(_directory, $"{i}.out"), tests[i].Expected);
        }
    }

    public int Held => Volatile.Read(ref _held);

    public IDisposable Use(StoredProblem problem)
    {
        Interlocked.Increment(ref _held);
        return new Release(() => Interlocked.Decrement(ref _held));
    }

    public Task<string> PathAsync(StoredProblem problem, int index, TestDataPart part, CancellationToken cancellationToken) =>
        Task.FromResult(Path.Combine(_directory, $"{index}.{(part == TestDataPart.Input ? "in" : "out")}"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private sealed class Release(Action release) : IDisposable
    {
        private Action? _release = release;

        public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
    }
}
