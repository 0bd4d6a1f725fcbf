using System.Runtime.CompilerServices;
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

    /// <summary>Writes every event of the submission to <paramref name="writer"/>, up to and including the final one.</summary>
    public async Task WatchAsync(string submissionId, IServerStreamWriter<SubmissionEvent> writer, CancellationToken cancellationToken)
    {
        await foreach (var change in FollowAsync(submissionId, cancellationToken))
        {
            await writer.WriteAsync(change, cancellationToken);
        }
    }

    /// <summary>The submission's final state, once it is stored.</summary>
    public async Task<Submission> FinalStateAsync(string submissionId, CancellationToken cancellationToken)
    {
        await foreach (var change in FollowAsync(submissionId, cancellationToken))
        {
            if (change.EventCase == SubmissionEvent.EventOneofCase.Final)
            {
                return change.Final;
            }
        }
        throw new InvalidOperationException($"the events of submission {submissionId} ended without a final state");
    }

    /// <summary>The submission's events from the first, as they are stored, ending with the final one.</summary>
    public async IAsyncEnumerable<SubmissionEvent> FollowAsync(string submissionId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        await using var subscription = await submissions.SubscribeAsync(submissionId, () => changed.Writer.TryWrite(true), cancellationToken);
        var lastId = "0-0";
        while (true)
        {
            var events = await submissions.ReadEventsAsync(submissionId, lastId, BatchSize, cancellationToken);
            foreach (var stored in events)
            {
                yield return stored.Event;
                lastId = stored.Id;
                if (stored.Event.EventCase == SubmissionEvent.EventOneofCase.Final)
                {
                    yield break;
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
