using System.Threading.Channels;
using Grpc.Core;
using Judge.Contracts.V1;
using Judge.Storage;

namespace Judge.Api.Submissions;

/// <summary>
/// Replays a submission's event stream to one watcher from the start, then follows it until the
/// final event. Redis pub/sub wakes it on every write; a slow poll covers a missed notice.
/// </summary>
public sealed class SubmissionWatcher(SubmissionStore submissions)
{
    private const int BatchSize = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    public async Task WatchAsync(string submissionId, IServerStreamWriter<SubmissionEvent> writer, CancellationToken cancellationToken)
    {
        var changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        await using var subscription = await submissions.SubscribeAsync(submissionId, () => changed.Writer.TryWrite(true), cancellationToken);
        var lastId = "0-0";
        while (true)
        {
            var events = await submissions.ReadEventsAsync(submissionId, lastId, BatchSize, cancellationToken);
            foreach (var stored in events)
            {
                await writer.WriteAsync(stored.Event, cancellationToken);
                lastId = stored.Id;
                if (stored.Event.EventCase == SubmissionEvent.EventOneofCase.Final)
                {
                    return;
                }
            }
            if (events.Count < BatchSize)
            {
                await WaitForChangeAsync(changed.Reader, cancellationToken);
            }
        }
    }

    private static async Task WaitForChangeAsync(ChannelReader<bool> changed, CancellationToken cancellationToken)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        poll.CancelAfter(PollInterval);
        try
        {
            await changed.ReadAsync(poll.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // No notice within the interval: read anyway.
        }
    }
}
