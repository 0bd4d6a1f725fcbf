using Polly;
using Polly.Registry;
using StackExchange.Redis;

namespace Judge.Storage;

/// <summary>Runs Redis operations through the "redis" resilience pipeline (retry, circuit breaker, timeout).</summary>
public sealed class RedisExecutor(RedisConnection connection, ResiliencePipelineProvider<string> pipelines)
{
    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(RedisResilience.PipelineName);

    public async Task<T> ExecuteAsync<T>(Func<IDatabase, Task<T>> operation, CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(
            static async (state, token) =>
            {
                var database = await state.connection.GetDatabaseAsync(token);
                // StackExchange.Redis takes no token; WaitAsync lets the timeout strategy end the wait.
                return await state.operation(database).WaitAsync(token);
            },
            (connection, operation),
            cancellationToken);

    public Task ExecuteAsync(Func<IDatabase, Task> operation, CancellationToken cancellationToken) =>
        ExecuteAsync(async database =>
        {
            await operation(database);
            return true;
        }, cancellationToken);

    public Task<ConnectionMultiplexer> GetMultiplexerAsync(CancellationToken cancellationToken) =>
        connection.GetAsync(cancellationToken);
}
