Console.WriteLine("got " + Console.ReadLine());
Console.Error.WriteLine("note");
