using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Judge.Worker.Sandbox;

/// <summary>
/// Encodes requests to and decodes replies from judge-runner (sandbox-images/runner/PROTOCOL.md):
/// u32 length-prefixed bodies, little-endian integers, str = u32 length + bytes, blob = u64 length + bytes.
/// </summary>
public static class RunnerProtocol
{
    public const uint Magic = 0x314E524A;
    public const string ExpectedPingMessage = "judge-runner 4";

    /// <summary>The runner extends a run's wall-clock limit by its wait for a CPU, up to this many times the limit in all.</summary>
    public const int WallStretchMax = 10;

    /// <summary>Times the runner runs a program at most for one result: a starved run is run again, twice at most.</summary>
    public const int RunsMax = 3;

    /// <summary>
    /// The longest a run request can take in the runner: every run of <see cref="RunsMax"/> stretched to
    /// <see cref="WallStretchMax"/> times <paramref name="wallTimeLimit"/>.
    /// </summary>
    public static TimeSpan LongestRun(TimeSpan wallTimeLimit) => wallTimeLimit * (WallStretchMax * RunsMax);

    private enum Op : uint
    {
        Ping = 1,
        WriteFile = 2,
        Exec = 3,
        Seal = 4,
        Wipe = 5,
        ExecBatch = 6,
        Cancel = 7,
        Prestart = 8,
        ExecPrestarted = 9,
        ExecPiped = 10,
    }

    /// <summary>A framed request: <see cref="Head"/> (length prefix and fields) then <see cref="Tail"/> (bulk data, sent as is).</summary>
    public readonly record struct Frame(byte[] Head, ReadOnlyMemory<byte> Tail);

    public static Frame Ping() => Build(Op.Ping, _ => { }, ReadOnlyMemory<byte>.Empty);

    public static Frame WriteFile(string path, int mode, ReadOnlyMemory<byte> content) =>
        Build(Op.WriteFile, w =>
        {
            w.Str(path);
            w.U32((uint)mode);
            w.U64((ulong)content.Length);
        }, content);

    public static Frame Seal(string directory) => Build(Op.Seal, w => w.Str(directory), ReadOnlyMemory<byte>.Empty);

    public static Frame Wipe(string directory) => Build(Op.Wipe, w => w.Str(directory), ReadOnlyMemory<byte>.Empty);

    /// <summary>A PRESTART of <paramref name="request"/>'s command and limits: no stdin (the program's stdin is a pipe), stdout into the later reply.</summary>
    public static Frame Prestart(ExecRequest request) =>
        Build(Op.Prestart, w =>
        {
            WriteRunFields(w, request);
            w.Str("");
            w.Str("");
            w.U64(0);
        }, ReadOnlyMemory<byte>.Empty);

    /// <summary>Ends a running EXEC_BATCH after its current run; it is answered after the batch's last reply.</summary>
    public static Frame Cancel() => Build(Op.Cancel, _ => { }, ReadOnlyMemory<byte>.Empty);

    /// <summary>
    /// An EXEC_BATCH of <paramref name="request"/>'s command and limits (its stdin and stdout limit are replaced by each
    /// item's): one reply per item, in order. <paramref name="stdoutBacklogBytes"/>: how much of answered runs' stdout
    /// files may still be there (unread by the host) when the next run starts.
    /// </summary>
    public static Frame ExecBatch(ExecRequest request, IReadOnlyList<BatchItem> items, bool stopAfterFailedRun, long stdoutBacklogBytes) =>
        Build(Op.ExecBatch, w =>
        {
            WriteRunFields(w, request);
            w.U32(stopAfterFailedRun ? 1u : 0u);
            w.U64((ulong)stdoutBacklogBytes);
            w.U32((uint)items.Count);
            foreach (var item in items)
            {
                w.Str(item.StdinPath);
                w.Str(item.StdoutPath);
                w.U64((ulong)item.StdoutLimitBytes);
            }
        }, ReadOnlyMemory<byte>.Empty);

    /// <summary>One run of an EXEC_BATCH: container paths of its stdin and stdout files, and its output limit in bytes.</summary>
    public readonly record struct BatchItem(string StdinPath, string StdoutPath, long StdoutLimitBytes);

    /// <summary>
    /// An EXEC of <paramref name="request"/>. A non-empty <paramref name="stdinPath"/> (a file in the container)
    /// replaces <see cref="ExecRequest.Stdin"/>; a non-empty <paramref name="stdoutPath"/> makes the program write
    /// its stdout there instead of into the reply.
    /// </summary>
    public static Frame Exec(ExecRequest request, string stdinPath = "", string stdoutPath = "")
    {
        var stdin = stdinPath.Length > 0 ? ReadOnlyMemory<byte>.Empty : request.Stdin;
        return Build(request.Prestarted ? Op.ExecPrestarted : Op.Exec, w =>
        {
            WriteRunFields(w, request);
            w.Str(stdinPath);
            w.Str(stdoutPath);
            w.U64((ulong)stdin.Length);
        }, stdin);
    }

    /// <summary>
    /// An EXEC_PIPED of <paramref name="request"/> on <paramref name="pipe"/>'s two FIFOs, which the program opens in the
    /// pipe's order (so that two programs opening each other's ends in opposite orders meet); no stdin blob.
    /// </summary>
    public static Frame ExecPiped(ExecRequest request, PipeEnds pipe)
    {
        return Build(Op.ExecPiped, w =>
        {
            w.U32(pipe.StdoutFirst ? 1u : 0u);
            WriteRunFields(w, request);
            w.Str(pipe.StdinPath);
            w.Str(pipe.StdoutPath);
            w.U64(0);
        }, ReadOnlyMemory<byte>.Empty);
    }

    /// <summary>The fields EXEC and EXEC_BATCH share: limits, working directory, command and environment.</summary>
    private static void WriteRunFields(Writer w, ExecRequest request)
    {
        w.U32(Milliseconds(request.CpuTimeLimit));
        w.U32(Math.Max(1, Milliseconds(request.WallTimeLimit)));
        w.U64((ulong)request.MemoryLimitBytes);
        w.U64((ulong)request.AddressSpaceLimitBytes);
        w.U64((ulong)request.StackLimitBytes);
        w.U64((ulong)request.StdoutLimitBytes);
        w.U64((ulong)request.StderrLimitBytes);
        w.U64((ulong)request.FileSizeLimitBytes);
        w.Str(request.WorkingDirectory);
        w.U32((uint)request.Command.Count);
        foreach (var argument in request.Command)
        {
            w.Str(argument);
        }
        w.U32((uint)request.Environment.Count);
        foreach (var variable in request.Environment)
        {
            w.Str(variable);
        }
    }

    public static ExecResult DecodeReply(ReadOnlySpan<byte> body)
    {
        var reader = new Reader(body);
        if (reader.U32() != Magic)
        {
            throw new RunnerProtocolException("reply does not start with the protocol's magic number");
        }
        var status = reader.U32();
        if (status > (uint)RunStatus.NotRun)
        {
            throw new RunnerProtocolException($"reply has unknown status {status}");
        }
        var exitCode = reader.I32();
        var signal = reader.I32();
        var cpuMicroseconds = reader.U64();
        var wallMicroseconds = reader.U64();
        var peakKib = reader.U64();
        var flags = reader.U32();
        var stdout = reader.Blob();
        var stderr = reader.Blob();
        var message = Encoding.UTF8.GetString(reader.Str());
        var waitMicroseconds = reader.U64();
        var runs = reader.U32();
        var endedNanoseconds = reader.U64();
        return new ExecResult
        {
            Status = (RunStatus)status,
            ExitCode = exitCode,
            Signal = signal,
            CpuTime = TimeSpan.FromMicroseconds(cpuMicroseconds),
            WallTime = TimeSpan.FromMicroseconds(wallMicroseconds),
            PeakMemoryKib = (long)peakKib,
            StdoutTruncated = (flags & 1) != 0,
            StderrTruncated = (flags & 2) != 0,
            OomKilled = (flags & 4) != 0,
            SealedFilesChanged = (flags & 8) != 0,
            Prestarted = (flags & 16) != 0,
            Starved = (flags & 32) != 0,
            Stdout = stdout,
            Stderr = stderr,
            Message = message,
            CpuWait = TimeSpan.FromMicroseconds(waitMicroseconds),
            Runs = (int)Math.Max(runs, 1),
            EndedAtNs = (long)endedNanoseconds,
        };
    }

    private static uint Milliseconds(TimeSpan value) => (uint)Math.Clamp(Math.Ceiling(value.TotalMilliseconds), 0, uint.MaxValue);

    private static Frame Build(Op op, Action<Writer> fields, ReadOnlyMemory<byte> tail)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        var writer = new Writer(buffer);
        writer.U32(0); // length, patched below
        writer.U32(Magic);
        writer.U32((uint)op);
        fields(writer);
        var head = buffer.WrittenSpan.ToArray();
        var bodyLength = (long)head.Length - sizeof(uint) + tail.Length;
        if (bodyLength > uint.MaxValue)
        {
            throw new ArgumentException("a runner request must be smaller than 4 GiB");
        }
        BinaryPrimitives.WriteUInt32LittleEndian(head, (uint)bodyLength);
        return new Frame(head, tail);
    }

    private readonly struct Writer(ArrayBufferWriter<byte> buffer)
    {
        public void U32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Take(4), value);

        public void U64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Take(8), value);

        public void Str(string value)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            U32((uint)bytes.Length);
            bytes.CopyTo(Take(bytes.Length));
        }

        private Span<byte> Take(int count)
        {
            var span = buffer.GetSpan(count)[..count];
            buffer.Advance(count);
            return span;
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> data)
    {
        private ReadOnlySpan<byte> _rest = data;

        public uint U32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

        public int I32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public ulong U64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

        public byte[] Str() => Take(checked((int)U32())).ToArray();

        public byte[] Blob() => Take(checked((int)U64())).ToArray();

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count > _rest.Length)
            {
                throw new RunnerProtocolException("reply is shorter than its fields say");
            }
            var span = _rest[..count];
            _rest = _rest[count..];
            return span;
        }
    }
}
