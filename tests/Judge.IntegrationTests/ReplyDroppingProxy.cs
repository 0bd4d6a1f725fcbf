using System.Net;
using System.Net.Sockets;

namespace Judge.IntegrationTests;

/// <summary>
/// A TCP proxy on 127.0.0.1 (an ephemeral port) between the service and Redis that can lose one reply:
/// armed with <see cref="DropReplyAsync"/>, it forwards the first request that matches to Redis (so
/// Redis applies it), then forwards none of the replies from that one on over that connection, and
/// closes the connection once the client has given up waiting. The client sees a timeout, then a
/// lost connection; it reconnects and its resilience pipeline retries a command that was applied.
/// Requests are always forwarded in full, so a transaction whose reply is lost is still executed.
/// </summary>
public sealed class ReplyDroppingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly DnsEndPoint _redis;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Link> _links = [];
    private readonly object _gate = new();
    private readonly Task _accepting;
    private Armed? _armed;

    private ReplyDroppingProxy(string redisAddress)
    {
        var colon = redisAddress.LastIndexOf(':');
        _redis = new DnsEndPoint(redisAddress[..colon], int.Parse(redisAddress[(colon + 1)..]));
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>Listens on an ephemeral port of 127.0.0.1 and forwards to <paramref name="redisAddress"/> ("host:port").</summary>
    public static ReplyDroppingProxy Start(string redisAddress) => new(redisAddress);

    /// <summary>What a client connects to instead of Redis: "127.0.0.1:port".</summary>
    public string Address => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>
    /// Arms the proxy: the next request whose arguments (command name first) satisfy
    /// <paramref name="match"/> reaches Redis, but its reply and every later one on its connection
    /// are dropped, and the connection is closed <paramref name="hold"/> after the lost reply came
    /// (make it longer than the client's timeout, so that the client times out first). Completes,
    /// with the matched request as text, once the connection is closed.
    /// </summary>
    public Task<string> DropReplyAsync(Func<IReadOnlyList<byte[]>, bool> match, TimeSpan hold)
    {
        var armed = new Armed(match, hold);
        lock (_gate)
        {
            if (_armed is not null)
            {
                throw new InvalidOperationException("the proxy is armed already");
            }
            _armed = armed;
        }
        return armed.Done.Task;
    }

    private Armed? Claim(IReadOnlyList<byte[]> request)
    {
        lock (_gate)
        {
            if (_armed is { } armed && armed.Match(request))
            {
                _armed = null;
                armed.Request = Resp.Describe(request);
                return armed;
            }
            return null;
        }
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var server = new TcpClient();
                try
                {
                    await server.ConnectAsync(_redis.Host, _redis.Port, _stop.Token);
                }
                catch (SocketException)
                {
                    client.Dispose();
                    server.Dispose();
                    continue;
                }
                var link = new Link(this, client, server);
                lock (_gate)
                {
                    _links.Add(link);
                }
                link.Start();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        List<Link> links;
        lock (_gate)
        {
            links = [.. _links];
            _armed?.Done.TrySetCanceled();
        }
        foreach (var link in links)
        {
            link.Close();
        }
        _stop.Dispose();
    }

    private sealed class Armed(Func<IReadOnlyList<byte[]>, bool> match, TimeSpan hold)
    {
        public Func<IReadOnlyList<byte[]>, bool> Match { get; } = match;

        public TimeSpan Hold { get; } = hold;

        public string Request { get; set; } = "";

        public TaskCompletionSource<string> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>One client connection and its own connection to Redis.</summary>
    private sealed class Link(ReplyDroppingProxy proxy, TcpClient client, TcpClient server)
    {
        private long _requests;
        private long _replies;
        private long _dropFrom = long.MaxValue;
        private Armed? _armed;

        public void Start()
        {
            _ = RequestsAsync();
            _ = RepliesAsync();
        }

        public void Close()
        {
            client.Dispose();
            server.Dispose();
        }

        /// <summary>Forwards every request; notes the index of the one that matched.</summary>
        private async Task RequestsAsync()
        {
            var pending = new Pending();
            var read = new byte[64 * 1024];
            try
            {
                var from = client.GetStream();
                var to = server.GetStream();
                while (true)
                {
                    var count = await from.ReadAsync(read);
                    if (count == 0)
                    {
                        break;
                    }
                    pending.Add(read.AsSpan(0, count));
                    // Parsed before it is forwarded: the reply cannot come before the drop is noted.
                    while (pending.Next() is { } request)
                    {
                        var index = _requests++;
                        if (Volatile.Read(ref _armed) is null && proxy.Claim(Resp.Arguments(request)) is { } armed)
                        {
                            Volatile.Write(ref _armed, armed);
                            Interlocked.Exchange(ref _dropFrom, index);
                        }
                    }
                    await to.WriteAsync(read.AsMemory(0, count));
                }
            }
            catch (Exception)
            {
                // The connection closed (or sent bytes that are not RESP): this link is done either way.
            }
            Close();
        }

        /// <summary>Forwards replies up to the one to drop; from there drops them all and closes after the hold.</summary>
        private async Task RepliesAsync()
        {
            var pending = new Pending();
            var read = new byte[64 * 1024];
            try
            {
                var from = server.GetStream();
                var to = client.GetStream();
                var dropping = false;
                while (true)
                {
                    var count = await from.ReadAsync(read);
                    if (count == 0)
                    {
                        break;
                    }
                    if (dropping)
                    {
                        continue;
                    }
                    pending.Add(read.AsSpan(0, count));
                    while (pending.Next() is { } reply)
                    {
                        if (_replies++ >= Interlocked.Read(ref _dropFrom))
                        {
                            dropping = true;
                            _ = CloseAfterHoldAsync(Volatile.Read(ref _armed)!);
                            break;
                        }
                        await to.WriteAsync(reply);
                    }
                }
            }
            catch (Exception)
            {
                // The connection closed (or sent bytes that are not RESP): this link is done either way.
            }
            Close();
        }

        private async Task CloseAfterHoldAsync(Armed armed)
        {
            await Task.Delay(armed.Hold);
            Close();
            armed.Done.TrySetResult(armed.Request);
        }
    }

    /// <summary>Bytes received but not yet cut into whole RESP values.</summary>
    private sealed class Pending
    {
        private byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;

        public void Add(ReadOnlySpan<byte> bytes)
        {
            if (_end + bytes.Length > _buffer.Length)
            {
                var length = _end - _start;
                var buffer = length + bytes.Length > _buffer.Length ? new byte[Math.Max(2 * _buffer.Length, length + bytes.Length)] : _buffer;
                Buffer.BlockCopy(_buffer, _start, buffer, 0, length);
                _buffer = buffer;
                _start = 0;
                _end = length;
            }
            bytes.CopyTo(_buffer.AsSpan(_end));
            _end += bytes.Length;
        }

        /// <summary>The next whole value, or null when it is not all there yet.</summary>
        public byte[]? Next()
        {
            var length = Resp.Measure(_buffer.AsSpan(_start, _end - _start));
            if (length < 0)
            {
                return null;
            }
            var value = _buffer.AsSpan(_start, length).ToArray();
            _start += length;
            return value;
        }
    }
}
