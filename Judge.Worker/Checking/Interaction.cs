namespace Judge.Worker.Checking;

/// <summary>
/// What judges an interactive problem (docs/interactive-problems.md): its compiled interactor, which runs beside the
/// candidate's program on every test (run by Judging's InteractiveTestRunner), and, once the interactor accepted,
/// the problem's checker on what the interactor wrote to tout (<see cref="CheckAsync"/>), or none: with
/// CHECKER_UNSPECIFIED the interactor's verdict alone decides. Disposing hands both back.
/// </summary>
internal sealed class Interaction(RentedProgram interactor, IChecker? toutChecker) : IChecker
{
    public CompiledChecker Interactor => interactor.Program;

    /// <summary>False when the interactor's verdict alone decides (CHECKER_UNSPECIFIED).</summary>
    public bool ChecksTout => toutChecker is not null;

    /// <summary>Judges the interactor's tout (<see cref="CheckRequest.Output"/>) with the problem's checker; ACCEPTED without one.</summary>
    public Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken) =>
        toutChecker is null ? Task.FromResult(CheckResult.Accepted()) : toutChecker.CheckAsync(request, cancellationToken);

    /// <summary>Whether the tout checker does; the interactor takes turns with the program, on the program's core.</summary>
    public bool ChecksInSandbox => toutChecker?.ChecksInSandbox ?? false;

    public async ValueTask DisposeAsync()
    {
        if (toutChecker is not null)
        {
            await toutChecker.DisposeAsync();
        }
        await interactor.DisposeAsync();
    }
}
