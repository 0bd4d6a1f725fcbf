using Judge.Contracts.V1;

namespace Judge.Worker.Checking;

public sealed class CheckerRegistry
{
    private readonly TokenChecker _tokens = new();
    private readonly ExactChecker _exact = new();

    public IOutputChecker For(Checker checker) => checker switch
    {
        Checker.Exact => _exact,
        Checker.Unspecified or Checker.Tokens => _tokens,
        _ => throw new ArgumentOutOfRangeException(nameof(checker), checker, "unknown checker"),
    };
}
