namespace Judge.Worker.Sandbox;

/// <summary>What a sandbox runs: candidates' programs, or a problem's checker. Either is locked down the same way.</summary>
public enum SandboxRole
{
    Candidate,
    Checker,
}

/// <summary>Makes warm sandboxes for the pool and the checkers; the Docker one is the only real implementation.</summary>
public interface ISandboxFactory
{
    /// <summary>A started sandbox of <paramref name="spec"/>'s image whose runner has answered a PING.</summary>
    Task<ISandbox> CreateAsync(SandboxSpec spec, SandboxRole role, CancellationToken cancellationToken);

    /// <summary>Removes every sandbox a previous run of this worker left behind.</summary>
    Task RemoveLeftoversAsync(CancellationToken cancellationToken);
}
