using System.Text;
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
    private static readonly TimeSpan VersionTimeLimit = TimeSpan.FromSeconds(10);

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
            var run = await sandbox.ExecAsync(new ExecRequest
            {
                Command = language.VersionCommand,
                Environment = language.Environment,
                CpuTimeLimit = VersionTimeLimit,
                WallTimeLimit = VersionTimeLimit,
                StdoutLimitBytes = 4096,
                StderrLimitBytes = 4096,
            }, cancellationToken);
            var output = Encoding.UTF8.GetString(run.Stdout.Length > 0 ? run.Stdout : run.Stderr);
            var firstLine = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            return run.Status == RunStatus.Ok && firstLine is not null
                ? firstLine
                : throw new InvalidOperationException($"version command ended {run.Status}: {run.Message} {output}".Trim());
        }
        finally
        {
            pool.Release(sandbox);
        }
    }
}
