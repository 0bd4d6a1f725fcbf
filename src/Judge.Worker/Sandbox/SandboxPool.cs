using System.Threading.Channels;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Sandbox;

/// <summary>
/// Warm containers per language, started before jobs arrive. A rented sandbox serves one submission;
/// released ones are removed and replaced in the background.
/// </summary>
internal sealed class SandboxPool(
    DockerSandboxFactory factory,
    IOptions<LanguageTable> languages,
    IOptions<SandboxOptions> options,
    ILogger<SandboxPool> logger) : BackgroundService
{
    private static readonly TimeSpan MaxRefillBackoff = TimeSpan.FromSeconds(30);

    private readonly LanguageTable _languages = languages.Value;
    private readonly Dictionary<string, Channel<DockerSandbox>> _warm =
        languages.Value.Keys.ToDictionary(id => id, _ => Channel.CreateUnbounded<DockerSandbox>());
    private readonly Channel<string> _refills = Channel.CreateUnbounded<string>();
    private readonly Channel<ISandbox> _removals = Channel.CreateUnbounded<ISandbox>();

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await factory.RemoveLeftoversAsync(cancellationToken);
        foreach (var id in _languages.Keys)
        {
            for (var i = 0; i < options.Value.WarmPerLanguage; i++)
            {
                _refills.Writer.TryWrite(id);
            }
        }
        await base.StartAsync(cancellationToken);
    }

    /// <summary>A warm sandbox if one is ready and answers, else a new one.</summary>
    public async Task<ISandbox> RentAsync(string languageId, CancellationToken cancellationToken)
    {
        var warm = _warm[languageId];
        while (warm.Reader.TryRead(out var sandbox))
        {
            _refills.Writer.TryWrite(languageId);
            try
            {
                await sandbox.PingAsync(cancellationToken);
                return sandbox;
            }
            catch (SandboxBrokenException e)
            {
                logger.LogWarning("Warm sandbox {ContainerId} is dead ({Error}); discarding it", sandbox.Id, e.Message);
                Release(sandbox);
            }
        }
        logger.LogInformation("No warm sandbox for {Language}; starting one now", languageId);
        return await factory.CreateAsync(languageId, _languages[languageId], cancellationToken);
    }

    /// <summary>Hands a used sandbox back for removal. Never reused: one submission per container.</summary>
    public void Release(ISandbox sandbox) => _removals.Writer.TryWrite(sandbox);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(RefillLoopAsync(stoppingToken), RemovalLoopAsync(stoppingToken));

    private async Task RefillLoopAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(500);
        await foreach (var languageId in _refills.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                // Not cancelled by shutdown: a create cut off mid-call can leave a container the engine made
                // but this worker never learned of. The pipeline's timeout bounds it instead.
                var sandbox = await factory.CreateAsync(languageId, _languages[languageId], CancellationToken.None);
                _warm[languageId].Writer.TryWrite(sandbox);
                backoff = TimeSpan.FromMilliseconds(500);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError("Could not start a {Language} sandbox: {Error}; retrying in {Backoff}", languageId, e.Message, backoff);
                _refills.Writer.TryWrite(languageId);
                await Task.Delay(backoff, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxRefillBackoff.Ticks));
            }
        }
    }

    private async Task RemovalLoopAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var sandbox in _removals.Reader.ReadAllAsync(stoppingToken))
            {
                await sandbox.DisposeAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        _removals.Writer.TryComplete();
        var leftovers = new List<ISandbox>();
        while (_removals.Reader.TryRead(out var used))
        {
            leftovers.Add(used);
        }
        foreach (var warm in _warm.Values)
        {
            while (warm.Reader.TryRead(out var sandbox))
            {
                leftovers.Add(sandbox);
            }
        }
        await Task.WhenAll(leftovers.Select(s => s.DisposeAsync().AsTask()));
        // A sandbox still being created when the refill loop stopped is in no channel: sweep by label.
        await factory.RemoveLeftoversAsync(cancellationToken);
        logger.LogInformation("Sandbox pool stopped; removed {Count} containers", leftovers.Count);
    }
}
