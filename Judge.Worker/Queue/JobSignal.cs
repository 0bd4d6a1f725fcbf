namespace Judge.Worker.Queue;

/// <summary>
/// Wakes idle consumer loops when a job is queued (Redis pub/sub notice). A loop takes
/// <see cref="Next"/> before it looks at the stream, so a notice between look and wait is not lost.
/// </summary>
internal sealed class JobSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Next => Volatile.Read(ref _next).Task;

    public void Pulse() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public static async Task WaitAsync(Task next, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await next.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Nothing announced: look at the stream anyway.
        }
    }
}
