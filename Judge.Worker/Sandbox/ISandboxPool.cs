namespace Judge.Worker.Sandbox;

/// <summary>Rents warm sandboxes of a language and takes them back; <see cref="SandboxPool"/> is the real one.</summary>
public interface ISandboxPool
{
    /// <summary>A warm sandbox of <paramref name="languageId"/> that answered a PING, or a new one.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<ISandbox> RentAsync(string languageId, CancellationToken cancellationToken);

    /// <summary>
    /// Hands a rented sandbox back: kept for the next rental only when <paramref name="reusable"/> (its use ended
    /// normally) and it is healthy, else removed. Never throws.
    /// </summary>
    void Release(ISandbox sandbox, bool reusable);

    /// <summary>Idle warm sandboxes of <paramref name="languageId"/> now (a rental of one starts no container).</summary>
    int WarmCount(string languageId);
}
