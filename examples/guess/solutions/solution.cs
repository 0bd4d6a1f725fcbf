// Console.Out flushes every write already (AutoFlush); the Flush keeps the query going out should a buffered writer
// replace it (Console.SetOut, a fast-output habit).
long n = long.Parse(Console.ReadLine()!);
long lo = 1, hi = n;
while (true)
{
    long mid = lo + (hi - lo) / 2;
    Console.WriteLine($"? {mid}");
    Console.Out.Flush();
    var reply = Console.ReadLine()!.Trim();
    if (reply == "=") break;
    if (reply == "<") hi = mid - 1;
    else lo = mid + 1;
}
