using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Judge.Storage;

/// <summary>
/// The one multiplexer of the process, connected on first use. It keeps reconnecting by itself
/// while Redis is down, so callers see failed operations, never a dead connection object.
/// </summary>
public sealed class RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _connectLock = new(1, 1);
    private ConnectionMultiplexer? _multiplexer;

    public async Task<ConnectionMultiplexer> GetAsync(CancellationToken cancellationToken)
    {
        if (_multiplexer is { } ready)
        {
            return ready;
        }
        await _connectLock.WaitAsync(cancellationToken);
        try
        {
            if (_multiplexer is null)
            {
                var configuration = ConfigurationOptions.Parse(options.Value.Configuration);
                configuration.AbortOnConnectFail = false;
                configuration.ConnectRetry = 3;
                configuration.SyncTimeout = configuration.AsyncTimeout = (int)options.Value.OperationTimeout.TotalMilliseconds;
                _multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
                _multiplexer.ConnectionFailed += (_, e) =>
                    logger.LogWarning("Redis connection lost ({FailureType}): {Message}", e.FailureType, e.Exception?.Message);
                _multiplexer.ConnectionRestored += (_, _) => logger.LogInformation("Redis connection restored");
            }
            return _multiplexer;
        }
        finally
        {
            _connectLock.Release();
        }
    }

    public async Task<IDatabase> GetDatabaseAsync(CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).GetDatabase();

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is not null)
        {
            await _multiplexer.DisposeAsync();
        }
        _connectLock.Dispose();
    }
}
