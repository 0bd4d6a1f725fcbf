using Judge.Worker.Options;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Health;

/// <summary>
/// When each job loop last showed it is going round: at the top of every iteration (at least once per idle poll) and
/// at every heartbeat of the job it is judging (a third of the visibility timeout). A loop silent for longer than
/// <see cref="WorkerOptions.LivenessTimeout"/> is stuck: blocked outside a judgment, or its heartbeat no longer runs.
/// </summary>
public sealed class LoopWatch(IOptions<WorkerOptions> options, TimeProvider time)
{
    private readonly long[] _beats = Enumerable.Repeat(time.GetTimestamp(), options.Value.Concurrency).ToArray();

    /// <summary>Loop <paramref name="loop"/> (0 to Concurrency - 1) is alive now.</summary>
    public void Beat(int loop) => Volatile.Write(ref _beats[loop], time.GetTimestamp());

    /// <summary>The loop silent longest, and for how long.</summary>
    public (int Loop, TimeSpan Silence) Quietest()
    {
        var quietest = 0;
        for (var i = 1; i < _beats.Length; i++)
        {
            if (Volatile.Read(ref _beats[i]) < Volatile.Read(ref _beats[quietest]))
            {
                quietest = i;
            }
        }
        return (quietest, time.GetElapsedTime(Volatile.Read(ref _beats[quietest])));
    }
}
