using System.Text;

var input = new BufferedStream(Console.OpenStandardInput(), 1 << 16);
int ReadInt()
{
    var c = input.ReadByte();
    while (c is ' ' or '\n' or '\r')
    {
        c = input.ReadByte();
    }
    var negative = c == '-';
    if (negative)
    {
        c = input.ReadByte();
    }
    var value = 0;
    while (c is >= '0' and <= '9')
    {
        value = value * 10 + (c - '0');
        c = input.ReadByte();
    }
    return negative ? -value : value;
}

var n = ReadInt();
var values = new int[n];
for (var i = 0; i < n; i++)
{
    values[i] = ReadInt();
}
var output = new StringBuilder(1 << 21);
for (var i = 0; i < n; i += 10)
{
    output.Append(values[i]).Append('\n');
}
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
stdout.Write(output);
