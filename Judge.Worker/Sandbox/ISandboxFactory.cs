using Judge.Worker.Languages;

namespace Judge.Worker.Sandbox;

/// <summary>Makes warm sandboxes for the pool; the Docker one is the only real implementation.</summary>
public interface ISandboxFactory
{
    /// <summary>A started sandbox for <paramref name="languageId"/> whose runner has answered a PING.</summary>
    Task<ISandbox> CreateAsync(string languageId, LanguageDefinition language, CancellationToken cancellationToken);

    /// <summary>Removes every sandbox a previous run of this worker left behind.</summary>
    Task RemoveLeftoversAsync(CancellationToken cancellationToken);
}
