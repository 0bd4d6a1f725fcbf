using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Languages;

/// <summary>
/// At start, reads each language's compiler or runtime version inside its own image and registers
/// the language, so ListLanguages shows what is really installed and Submit accepts it.
/// </summary>
internal sealed class LanguageRegistration(
    SandboxPool pool,
    LanguageRegistry registry,
    IOptions<LanguageTable> languages,
    ILogger<LanguageRegistration> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(languages.Value.Select(entry => RegisterAsync(entry.Key, entry.Value, cancellationToken)));

    private async Task RegisterAsync(string id, LanguageDefinition language, CancellationToken cancellationToken)
    {
        try
        {
            var version = await ReadVersionAsync(id, language, cancellationToken);
            await registry.RegisterAsync(new Language
            {
                Id = id,
                DisplayName = language.DisplayName,
                Version = version,
                CompileCommand = { language.CompileCommand },
                RunCommand = { language.RunCommand },
                TimeMultiplier = language.TimeMultiplier,
                MemoryAllowanceMib = (uint)language.MemoryAllowanceMiB,
            }, cancellationToken);
            logger.LogInformation("Language {Language} registered: {Version}", id, version);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("Language {Language} is unavailable: {Error}", id, e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<string> ReadVersionAsync(string id, LanguageDefinition language, CancellationToken cancellationToken)
    {
        var sandbox = await pool.RentAsync(id, cancellationToken);
        try
        {
            return await LanguageVersion.ReadAsync(sandbox, language, cancellationToken);
        }
        finally
        {
            pool.Release(sandbox, reusable: true);
        }
    }
}
