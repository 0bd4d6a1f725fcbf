using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Docker.DotNet;

namespace Judge.Worker.Sandbox;

/// <summary>
/// Request/reply with the resident runner over the container's attached stdio. The runner's stdout
/// carries reply frames; its stderr carries diagnostics, which are logged.
/// </summary>
internal sealed class RunnerChannel(MultiplexedStream stream, string containerId, ILogger logger) : IDisposable
{
    private const int ReadChunk = 256 * 1024;
    private const int SmallTail = 64 * 1024;
    private readonly byte[] _readBuffer = new byte[ReadChunk];
    private byte[] _pending = new byte[ReadChunk];
    private int _pendingLength;

    public async Task<ExecResult> ExchangeAsync(RunnerProtocol.Frame frame, CancellationToken cancellationToken)
    {
        await SendAsync(frame, cancellationToken);
        return await ReadReplyAsync(cancellationToken);
    }

    /// <summary>Sends one request; its replies are read with <see cref="ReadReplyAsync"/> (an EXEC_BATCH has one per item).</summary>
    public async Task SendAsync(RunnerProtocol.Frame frame, CancellationToken cancellationToken)
    {
        if (frame.Tail.Length <= SmallTail)
        {
            // One write: every write is a hop through the engine to the container's stdin.
            var whole = new byte[frame.Head.Length + frame.Tail.Length];
            frame.Head.CopyTo(whole, 0);
            frame.Tail.Span.CopyTo(whole.AsSpan(frame.Head.Length));
            await stream.WriteAsync(whole, 0, whole.Length, cancellationToken);
        }
        else
        {
            await stream.WriteAsync(frame.Head, 0, frame.Head.Length, cancellationToken);
            var tail = MemoryMarshal.TryGetArray(frame.Tail, out var segment) ? segment : new ArraySegment<byte>(frame.Tail.ToArray());
            await stream.WriteAsync(tail.Array!, tail.Offset, tail.Count, cancellationToken);
        }
    }

    /// <summary>Reads the next reply.</summary>
    /// <exception cref="RunnerProtocolException">The runner closed its output, or the reply is malformed.</exception>
    public async Task<ExecResult> ReadReplyAsync(CancellationToken cancellationToken) =>
        RunnerProtocol.DecodeReply(await ReadFrameAsync(cancellationToken));

    private async Task<byte[]> ReadFrameAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_pendingLength >= sizeof(uint))
            {
                var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(_pending);
                var total = sizeof(uint) + length;
                if (_pendingLength >= total)
                {
                    var body = _pending.AsSpan(sizeof(uint), length).ToArray();
                    _pending.AsSpan(total, _pendingLength - total).CopyTo(_pending);
                    _pendingLength -= total;
                    return body;
                }
                EnsureCapacity(total);
            }
            var read = await stream.ReadOutputAsync(_readBuffer, 0, _readBuffer.Length, cancellationToken).WaitAsync(cancellationToken);
            if (read.EOF)
            {
                throw new RunnerProtocolException($"runner in container {containerId} closed its output");
            }
            if (read.Target == MultiplexedStream.TargetStream.StandardError)
            {
                logger.LogWarning("Runner in {ContainerId}: {RunnerMessage}", containerId,
                    System.Text.Encoding.UTF8.GetString(_readBuffer, 0, read.Count).TrimEnd());
                continue;
            }
            EnsureCapacity(_pendingLength + read.Count);
            _readBuffer.AsSpan(0, read.Count).CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength += read.Count;
        }
    }

    private void EnsureCapacity(int size)
    {
        if (_pending.Length < size)
        {
            Array.Resize(ref _pending, Math.Max(size, _pending.Length * 2));
        }
    }

    public void Dispose() => stream.Dispose();
}
