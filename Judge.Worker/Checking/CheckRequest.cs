namespace Judge.Worker.Checking;

/// <summary>
/// What a checker sees of one test: the input and the expected output as host files (in the worker's
/// private test-data cache), and the program's stdout (at most its output cap).
/// </summary>
public sealed record CheckRequest(string InputFile, string ExpectedOutputFile, ReadOnlyMemory<byte> Output);
