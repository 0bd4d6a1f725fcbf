namespace Judge.Worker.Checking;

/// <summary>Decides, outside the sandbox, whether a program's output answers the test.</summary>
public interface IOutputChecker
{
    bool Accepts(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual);
}
