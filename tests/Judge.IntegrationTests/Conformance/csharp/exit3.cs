Console.WriteLine("partial");
return 3;
