using System.Buffers.Binary;
using System.Text;
using Judge.Worker.Sandbox;

namespace Judge.UnitTests;

public class RunnerProtocolTests
{
    [Test]
    public void Exec_frame_carries_the_length_of_head_and_stdin()
    {
        var stdin = new byte[1000];
        var frame = RunnerProtocol.Exec(new ExecRequest
        {
            Command = ["/w/main"],
            Environment = ["PATH=/usr/bin"],
            Stdin = stdin,
            CpuTimeLimit = TimeSpan.FromMilliseconds(1500),
            WallTimeLimit = TimeSpan.FromSeconds(3),
            MemoryLimitBytes = 256 << 20,
            StdoutLimitBytes = 1 << 20,
            StderrLimitBytes = 4096,
        });
        var head = frame.Head;
        Assert.Multiple(() =>
        {
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(head), Is.EqualTo(head.Length - 4 + stdin.Length));
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(head.AsSpan(4)), Is.EqualTo(RunnerProtocol.Magic));
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(head.AsSpan(8)), Is.EqualTo(3), "op EXEC");
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(head.AsSpan(12)), Is.EqualTo(1500), "cpu ms");
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(head.AsSpan(16)), Is.EqualTo(3000), "wall ms");
            Assert.That(BinaryPrimitives.ReadUInt64LittleEndian(head.AsSpan(head.Length - 8)), Is.EqualTo(1000), "stdin length is the last field");
            Assert.That(frame.Tail.Length, Is.EqualTo(1000));
        });
    }

    [Test]
    public void Reply_decodes_every_field()
    {
        var body = new List<byte>();
        void U32(uint v) => body.AddRange(BitConverter.GetBytes(v));
        void U64(ulong v) => body.AddRange(BitConverter.GetBytes(v));
        U32(RunnerProtocol.Magic);
        U32(2); // SIGNALED
        U32(unchecked((uint)-1));
        U32(11);
        U64(1_234_000);
        U64(2_000_000);
        U64(5120);
        U32(1 | 4 | 32);
        U64(3);
        body.AddRange("out"u8.ToArray());
        U64(0);
        U32(2);
        body.AddRange(Encoding.UTF8.GetBytes("hi"));
        U64(750_000);
        U32(3);
        U64(123_456_789);

        var reply = RunnerProtocol.DecodeReply(body.ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(RunStatus.Signaled));
            Assert.That(reply.ExitCode, Is.EqualTo(-1));
            Assert.That(reply.Signal, Is.EqualTo(11));
            Assert.That(reply.CpuTime, Is.EqualTo(TimeSpan.FromMilliseconds(1234)));
            Assert.That(reply.WallTime, Is.EqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(reply.PeakMemoryKib, Is.EqualTo(5120));
            Assert.That(reply.StdoutTruncated, Is.True);
            Assert.That(reply.StderrTruncated, Is.False);
            Assert.That(reply.OomKilled, Is.True);
            Assert.That(reply.Stdout, Is.EqualTo("out"u8.ToArray()));
            Assert.That(reply.Stderr, Is.Empty);
            Assert.That(reply.Message, Is.EqualTo("hi"));
            Assert.That(reply.Starved, Is.True);
            Assert.That(reply.CpuWait, Is.EqualTo(TimeSpan.FromMilliseconds(750)));
            Assert.That(reply.Runs, Is.EqualTo(3));
            Assert.That(reply.EndedAtNs, Is.EqualTo(123_456_789));
        });
    }

    [Test]
    public void A_truncated_reply_is_a_protocol_error()
    {
        var body = new byte[12];
        BinaryPrimitives.WriteUInt32LittleEndian(body, RunnerProtocol.Magic);
        Assert.That(() => RunnerProtocol.DecodeReply(body), Throws.TypeOf<RunnerProtocolException>());
    }

    [Test]
    public void A_reply_without_the_magic_number_is_a_protocol_error() =>
        Assert.That(() => RunnerProtocol.DecodeReply(new byte[64]), Throws.TypeOf<RunnerProtocolException>());
}
