using System.Buffers.Text;
using System.Text;

namespace Judge.IntegrationTests;

/// <summary>
/// Just enough of the Redis protocol (RESP2, and the RESP3 types) to find where one request or
/// reply ends in a byte stream, and to read a request's arguments.
/// </summary>
public static class Resp
{
    /// <summary>The length of the first whole value in <paramref name="buffer"/>, or -1 when it is not all there yet.</summary>
    public static int Measure(ReadOnlySpan<byte> buffer) => End(buffer, 0);

    /// <summary>The bulk strings of a request (an array of bulk strings, as clients send commands).</summary>
    public static IReadOnlyList<byte[]> Arguments(ReadOnlySpan<byte> request)
    {
        var arguments = new List<byte[]>();
        if (request.IsEmpty || request[0] != (byte)'*')
        {
            return arguments;
        }
        var (count, position) = Header(request, 0);
        for (var i = 0; i < count; i++)
        {
            var (length, start) = Header(request, position);
            arguments.Add(request.Slice(start, length).ToArray());
            position = start + length + 2;
        }
        return arguments;
    }

    private static int End(ReadOnlySpan<byte> buffer, int position)
    {
        if (position >= buffer.Length)
        {
            return -1;
        }
        var lineEnd = buffer[position..].IndexOf("\r\n"u8);
        if (lineEnd < 0)
        {
            return -1;
        }
        var (count, next) = Header(buffer, position);
        switch ((char)buffer[position])
        {
            case '+' or '-' or ':' or '_' or ',' or '#' or '(':
                return next;
            case '$' or '!' or '=':
                return count < 0 ? next : next + count + 2 <= buffer.Length ? next + count + 2 : -1;
            case '*' or '~' or '>' or '%' or '|':
                var elements = buffer[position] is (byte)'%' or (byte)'|' ? 2 * count : count;
                for (var i = 0; i < elements && next >= 0; i++)
                {
                    next = End(buffer, next);
                }
                return next;
            default:
                throw new InvalidDataException($"not RESP: type byte '{(char)buffer[position]}'");
        }
    }

    /// <summary>The number on a type line (a length or count; 0 for simple types) and where the line ends.</summary>
    private static (int Count, int Next) Header(ReadOnlySpan<byte> buffer, int position)
    {
        var lineEnd = position + buffer[position..].IndexOf("\r\n"u8);
        var line = buffer[(position + 1)..lineEnd];
        var count = buffer[position] is (byte)'$' or (byte)'!' or (byte)'=' or (byte)'*' or (byte)'~' or (byte)'>' or (byte)'%' or (byte)'|'
            && Utf8Parser.TryParse(line, out int parsed, out _) ? parsed : 0;
        return (count, lineEnd + 2);
    }

    /// <summary>A request's arguments as text, for messages (long ones shortened).</summary>
    public static string Describe(IReadOnlyList<byte[]> arguments) =>
        string.Join(" ", arguments.Take(8).Select(a => a.Length > 60 ? $"<{a.Length} bytes>" : Encoding.UTF8.GetString(a)));
}
