var blocks = new List<byte[]>();
for (var i = 0; i < 4096; i++)
{
    var block = new byte[1 << 20];
    Array.Fill(block, (byte)i);
    blocks.Add(block);
}
Console.WriteLine($"survived {blocks.Count}");
