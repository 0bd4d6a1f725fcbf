using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Judge.Worker.Options;
using Judge.Worker.Telemetry;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Sandbox;

/// <summary>
/// Warm containers per language, started before jobs arrive. A rented sandbox serves one submission;
/// then, if the submission ended normally, it is wiped and goes back to the warm set (up to
/// SubmissionsPerContainer times), otherwise it is removed and replaced in the background. Every path
/// that takes a sandbox out of the pool ends in a rental, the warm set again, or removal.
/// </summary>
internal sealed class SandboxPool(
    ISandboxFactory factory,
    WarmUpSpecs specs,
    IOptions<SandboxOptions> options,
    IOptions<WorkerOptions> workerOptions,
    WorkerTelemetry telemetry,
    ILogger<SandboxPool> logger) : BackgroundService, ISandboxPool
{
    private static readonly TimeSpan MaxRefillBackoff = TimeSpan.FromSeconds(30);

    private readonly bool _reuse = options.Value.SubmissionsPerContainer > 1;

    // Idle containers kept per language: enough for every job loop of this worker to find one warm.
    private readonly int _idleLimit = Math.Max(options.Value.WarmPerLanguage, workerOptions.Value.Concurrency);

    private readonly Dictionary<string, Channel<ISandbox>> _warm =
        specs.LanguageIds.ToDictionary(id => id, _ => Channel.CreateUnbounded<ISandbox>());
    private readonly Channel<string> _refills = Channel.CreateUnbounded<string>();
    private readonly Channel<ISandbox> _removals = Channel.CreateUnbounded<ISandbox>();
    private readonly Channel<ISandbox> _recycles = Channel.CreateUnbounded<ISandbox>();

    // Languages whose warm set has reached WarmPerLanguage at least once since start (see IsWarm).
    private readonly HashSet<string> _warmedUp = [];

    /// <summary>
    /// True once every language's warm set has held <see cref="SandboxOptions.WarmPerLanguage"/> containers (the pool
    /// finished warming up); rentals may empty it later, which is work, not a fault.
    /// </summary>
    public bool IsWarm
    {
        get
        {
            lock (_warmedUp)
            {
                return options.Value.WarmPerLanguage == 0 || _warmedUp.Count == _warm.Count;
            }
        }
    }

    /// <summary>Idle warm containers of <paramref name="languageId"/> now.</summary>
    public int WarmCount(string languageId) => _warm[languageId].Reader.Count;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        telemetry.Meter.CreateObservableGauge("judge.sandbox.warm",
            () => _warm.Select(entry => new Measurement<int>(entry.Value.Reader.Count, new KeyValuePair<string, object?>("language", entry.Key))),
            description: "Idle warm sandbox containers per language");
        await factory.RemoveLeftoversAsync(cancellationToken);
        foreach (var id in specs.LanguageIds)
        {
            telemetry.Serves(id);
            for (var i = 0; i < options.Value.WarmPerLanguage; i++)
            {
                _refills.Writer.TryWrite(id);
            }
        }
        await base.StartAsync(cancellationToken);
    }

    /// <summary>
    /// A warm sandbox if one is ready and answers, else a new one. A warm sandbox whose PING fails in any
    /// way, or is cancelled, is removed (and replaced), never lost.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ISandbox> RentAsync(string languageId, CancellationToken cancellationToken)
    {
        var warm = _warm[languageId];
        while (warm.Reader.TryRead(out var sandbox))
        {
            if (!_reuse)
            {
                _refills.Writer.TryWrite(languageId);
            }
            try
            {
                await sandbox.PingAsync(cancellationToken);
                sandbox.Rentals++;
                return sandbox;
            }
            catch (Exception e)
            {
                Retire(sandbox);
                if (e is OperationCanceledException && cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                logger.LogWarning("Warm sandbox {ContainerId} is dead ({Error}); discarding it", sandbox.Id, e.Message);
            }
        }
        logger.LogInformation("No warm sandbox for {Language}; starting one now", languageId);
        // Not cancelled mid-call: a create cut off there can leave a container the engine makes after the
        // stop's sweep by label has looked. The pipeline's timeout bounds it; a late one is removed instead.
        var created = await factory.CreateAsync(specs[languageId], SandboxRole.Candidate, CancellationToken.None);
        if (cancellationToken.IsCancellationRequested)
        {
            Retire(created);
            cancellationToken.ThrowIfCancellationRequested();
        }
        created.Rentals++;
        return created;
    }

    /// <summary>
    /// Hands a used sandbox back. Only one whose submission ended normally (<paramref name="reusable"/>)
    /// and whose runner answered every request is wiped and kept; any other is removed.
    /// </summary>
    public void Release(ISandbox sandbox, bool reusable)
    {
        if (reusable && _reuse && sandbox.Healthy && sandbox.Rentals < options.Value.SubmissionsPerContainer)
        {
            _recycles.Writer.TryWrite(sandbox);
        }
        else
        {
            Retire(sandbox);
        }
    }

    private void Retire(ISandbox sandbox)
    {
        _removals.Writer.TryWrite(sandbox);
        if (_reuse)
        {
            _refills.Writer.TryWrite(sandbox.Language);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(RefillLoopAsync(stoppingToken), RecycleLoopAsync(stoppingToken), RemovalLoopAsync(stoppingToken));

    private async Task RecycleLoopAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var sandbox in _recycles.Reader.ReadAllAsync(stoppingToken))
            {
                var warm = _warm[sandbox.Language];
                if (warm.Reader.Count >= _idleLimit)
                {
                    _removals.Writer.TryWrite(sandbox);
                    continue;
                }
                try
                {
                    await sandbox.WipeAsync(stoppingToken);
                    await sandbox.SetMemoryLimitAsync((long)specs[sandbox.Language].CompileMemoryMiB << 20, stoppingToken);
                    await PrestartAsync(sandbox, stoppingToken);
                    warm.Writer.TryWrite(sandbox);
                }
                catch (Exception e)
                {
                    Retire(sandbox);
                    if (e is OperationCanceledException && stoppingToken.IsCancellationRequested)
                    {
                        throw;
                    }
                    logger.LogWarning("Sandbox {ContainerId} could not be wiped for reuse ({Error}); replacing it", sandbox.Id, e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RefillLoopAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(500);
        await foreach (var languageId in _refills.Reader.ReadAllAsync(stoppingToken))
        {
            if (_warm[languageId].Reader.Count >= options.Value.WarmPerLanguage)
            {
                continue;
            }
            try
            {
                // Not cancelled by shutdown: a create cut off mid-call can leave a container the engine made
                // but this worker never learned of. The pipeline's timeout bounds it instead.
                var sandbox = await factory.CreateAsync(specs[languageId], SandboxRole.Candidate, CancellationToken.None);
                await PrestartAsync(sandbox, stoppingToken);
                _warm[languageId].Writer.TryWrite(sandbox);
                NoteWarmth(languageId);
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

    /// <summary>
    /// Starts the language's compiler in a sandbox that waits for work, so that it has loaded and warmed up when a
    /// submission comes (it reads its command only then, and sees only that submission's files). A failure costs only that.
    /// </summary>
    private async Task PrestartAsync(ISandbox sandbox, CancellationToken cancellationToken)
    {
        if (specs[sandbox.Language].Prestart is not { } request)
        {
            return;
        }
        try
        {
            await sandbox.PrestartAsync(request, cancellationToken);
        }
        catch (SandboxBrokenException e)
        {
            logger.LogWarning("Sandbox {ContainerId}: the {Language} compiler could not be prestarted ({Error}); it starts with the compile", sandbox.Id, sandbox.Language, e.Message);
        }
    }

    private void NoteWarmth(string languageId)
    {
        if (_warm[languageId].Reader.Count >= options.Value.WarmPerLanguage)
        {
            lock (_warmedUp)
            {
                _warmedUp.Add(languageId);
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
        _recycles.Writer.TryComplete();
        var leftovers = new List<ISandbox>();
        while (_removals.Reader.TryRead(out var used))
        {
            leftovers.Add(used);
        }
        while (_recycles.Reader.TryRead(out var used))
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
