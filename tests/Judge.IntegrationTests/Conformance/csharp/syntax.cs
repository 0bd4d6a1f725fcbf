Console.WriteLine("missing parenthesis";
