using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Languages;

/// <summary>
/// At start, reads each language's compiler or runtime version inside its own image and registers
/// the language, so ListLanguages shows what is really installed and Submit accepts it. A language
/// whose first reading fails (a runtime slow to start on a busy machine outlasts the version command's
/// 10 s) is tried again in the background, after 1 s and then twice as long each time up to 30 s,
/// until it is registered or the worker stops. Every registered language is announced as served by this worker
/// (<see cref="LanguageRegistry.AnnounceAsync"/>) every <see cref="AnnounceInterval"/>, with a presence that outlives
/// three intervals, and withdrawn when the worker stops: a language whose last worker is gone leaves ListLanguages.
/// </summary>
internal sealed class LanguageRegistration(
    ISandboxPool pool,
    LanguageRegistry registry,
    ServedLanguages served,
    IOptions<LanguageTable> languages,
    IOptions<WorkerOptions> workerOptions,
    ILogger<LanguageRegistration> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    /// <summary>How often the worker renews its presence for its languages; the presence lasts three times this.</summary>
    public static readonly TimeSpan AnnounceInterval = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan WithdrawTimeout = TimeSpan.FromSeconds(5);

    private readonly string _worker = workerOptions.Value.Name;

    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;
    private Task _announcing = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var registered = await Task.WhenAll(languages.Value.Select(entry => RegisterAsync(entry.Key, entry.Value, cancellationToken)));
        var missing = languages.Value.Where((_, i) => !registered[i]).ToList();
        if (missing.Count > 0)
        {
            _retrying = Task.Run(() => RetryAsync(missing, _stopping.Token), CancellationToken.None);
        }
        _announcing = Task.Run(() => AnnounceAsync(_stopping.Token), CancellationToken.None);
    }

    private async Task AnnounceAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(AnnounceInterval);
        try
        {
            do
            {
                try
                {
                    await registry.AnnounceAsync(_worker, served.Ids.ToList(), AnnounceInterval * 3, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning("Could not renew this worker's presence for its languages: {Error}", e.Message);
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task RetryAsync(List<KeyValuePair<string, LanguageDefinition>> missing, CancellationToken cancellationToken)
    {
        var delay = FirstRetry;
        try
        {
            while (missing.Count > 0)
            {
                await Task.Delay(delay, cancellationToken);
                var registered = await Task.WhenAll(missing.Select(entry => RegisterAsync(entry.Key, entry.Value, cancellationToken)));
                missing = missing.Where((_, i) => !registered[i]).ToList();
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestRetry.Ticks));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>True when the language was registered; a failure is logged, never thrown.</summary>
    private async Task<bool> RegisterAsync(string id, LanguageDefinition language, CancellationToken cancellationToken)
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
                Family = language.FamilyOf(id),
            }, cancellationToken);
            served.Add(id);
            await registry.AnnounceAsync(_worker, [id], AnnounceInterval * 3, cancellationToken);
            logger.LogInformation("Language {Language} registered: {Version}", id, version);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("Language {Language} is unavailable for now (tried again later): {Error}", id, e.Message);
            return false;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retrying.WaitAsync(cancellationToken);
        await _announcing.WaitAsync(cancellationToken);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(WithdrawTimeout);
            await registry.WithdrawAsync(_worker, served.Ids.ToList(), timeout.Token);
        }
        catch (Exception e)
        {
            logger.LogWarning("Could not withdraw this worker's languages ({Error}); they leave the list when the presence expires", e.Message);
        }
    }

    public void Dispose() => _stopping.Dispose();

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
