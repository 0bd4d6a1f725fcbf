using Judge.Worker.Programs;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Judging;

/// <summary>
/// The one lifecycle of every program the worker runs, a candidate's submission or a problem's reference solution:
/// rent a sandbox of its language, write and compile the program once (<see cref="ProgramLeases.CompileAsync"/>), let
/// the caller run it, and hand the sandbox back on dispose: to the warm set when the caller said its use
/// <see cref="EndedNormally"/> (a failed compile is a normal end), else removed. A team gathered for parallel tests
/// (<see cref="HandOverTo"/>) takes over the release of all its sandboxes, this one included.
/// </summary>
internal sealed class ProgramLease(ISandboxPool pool, ISandbox sandbox, ProgramSource program) : IAsyncDisposable
{
    private bool _endedNormally;
    private SandboxTeam? _team;

    public ISandbox Sandbox => sandbox;

    /// <summary>What was compiled, with the language row that runs it (a function-style program's commands).</summary>
    public ProgramSource Program => program;

    public CompileOutcome Compiled { get; internal set; } = new(false, "");

    /// <summary>The sandbox may be reused: its use ended as judging meant (a verdict, not a fault).</summary>
    public void EndedNormally() => _endedNormally = true;

    /// <summary>From now on <paramref name="team"/> releases this sandbox with the rest of it.</summary>
    public void HandOverTo(SandboxTeam team) => _team = team;

    public async ValueTask DisposeAsync()
    {
        if (_team is not null)
        {
            await _team.ReleaseAsync(_endedNormally);
        }
        else
        {
            pool.Release(sandbox, reusable: _endedNormally);
        }
    }
}

/// <summary>Starts <see cref="ProgramLease"/>s: rents from the pool and compiles.</summary>
internal sealed class ProgramLeases(ISandboxPool pool, Compiler compiler)
{
    /// <summary>
    /// A sandbox of <paramref name="languageId"/> with <paramref name="program"/> compiled in it (see
    /// <see cref="ProgramLease.Compiled"/>: a failed compile is an outcome, and ends the lease normally). The caller disposes it.
    /// </summary>
    /// <exception cref="SandboxBrokenException">The sandbox failed while compiling; it is removed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the sandbox is removed.</exception>
    public async Task<ProgramLease> CompileAsync(string languageId, ProgramSource program, CancellationToken cancellationToken)
    {
        var lease = new ProgramLease(pool, await pool.RentAsync(languageId, cancellationToken), program);
        try
        {
            lease.Compiled = await compiler.CompileAsync(lease.Sandbox, program, cancellationToken);
            if (!lease.Compiled.Succeeded)
            {
                lease.EndedNormally();
            }
            return lease;
        }
        catch
        {
            await lease.DisposeAsync();
            throw;
        }
    }
}
