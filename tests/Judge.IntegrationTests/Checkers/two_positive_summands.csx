// The input holds n; the program prints two integers that sum to n: full points when both are positive, half when one is not.
var n = long.Parse(Input.Trim());
var words = Output.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
if (words.Length != 2 || !long.TryParse(words[0], out var a) || !long.TryParse(words[1], out var b))
{
    return Wrong("print two integers");
}
if (a + b != n)
{
    return Wrong($"{a} + {b} is {a + b}, not {n}");
}
if (a <= 0 || b <= 0)
{
    return Partial(0.5, $"{a} + {b} is {n}, but both must be positive");
}
return Accept($"{n} = {a} + {b}");
