using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Judge.Domain.Functions;

/// <summary>
/// The text format of a function-style problem's values (docs/function-problems.md): one JSON value per value. Parsed by
/// type into .NET values: int and long as <see cref="long"/>, double, bool, string and char as <see cref="string"/>;
/// arrays of scalars as typed arrays (long[], double[], bool[], string[]) and arrays of arrays as object?[] of those.
/// The API checks test data and custom input with it; the worker compares return values.
/// </summary>
public static class FunctionValues
{
    /// <summary>How an error about a string that is not valid Unicode begins.</summary>
    public const string InvalidUnicode = "a string that is not valid Unicode";

    private const string NaN = "NaN", Infinity = "Infinity", NegativeInfinity = "-Infinity";

    /// <summary>
    /// Parses <paramref name="json"/> (one JSON value, whitespace around it allowed) as <paramref name="type"/>.
    /// <paramref name="allowNull"/>: a null (at any depth) is parsed as null rather than refused (a returned value may
    /// be null). <paramref name="allowNonFinite"/>: a double may be NaN, Infinity or -Infinity (not JSON, but what the
    /// harnesses write; an expected output may hold them too). Never throws on any input: on
    /// failure <paramref name="error"/> says what was found, e.g. "at [3]: expected int, found 2.5", "at [0]: a string
    /// that is not valid Unicode".
    /// </summary>
    public static bool TryParse(SignatureType type, ReadOnlySpan<byte> json, bool allowNull, out object? value, out string error, bool allowNonFinite = false)
    {
        var rewritten = allowNonFinite ? QuoteNonFinite(json) : null;
        var reader = new Utf8JsonReader(rewritten ?? json, new JsonReaderOptions { MaxDepth = SignatureType.MaxDimensions + 2, AllowMultipleValues = true });
        value = null;
        try
        {
            if (!reader.Read())
            {
                error = $"expected {type}, found nothing";
                return false;
            }
            var parser = new Parser(allowNull, allowNonFinite);
            value = parser.Value(ref reader, type, "");
            if (parser.Error is { } found)
            {
                error = found;
                return false;
            }
            if (reader.Read())
            {
                error = $"more than one value: {Describe(ref reader)} after the {type}";
                return false;
            }
        }
        catch (JsonException e)
        {
            error = "not valid JSON: " + FirstSentence(e.Message);
            return false;
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader's own refusals outside the parser's checks (e.g. invalid UTF-8 in a token it decodes).
            error = "not valid JSON: " + FirstSentence(e.Message);
            return false;
        }
        error = "";
        return true;
    }

    /// <summary>
    /// Checks a function's arguments: one line per parameter (a final line break allowed), each a JSON value of its
    /// parameter's type. Null when they are, otherwise e.g. "line 2 (target): expected int, found \"x\"".
    /// </summary>
    public static string? CheckArguments(FunctionSignature signature, ReadOnlySpan<byte> input)
    {
        var lines = Lines(input);
        if (lines.Count != signature.Parameters.Count)
        {
            return $"expected {signature.Parameters.Count} line(s), one JSON value per parameter ({string.Join(", ", signature.Parameters.Select(p => p.Name))}); found {lines.Count}";
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var parameter = signature.Parameters[i];
            if (!TryParse(parameter.Type, input.Slice(lines[i].Start, lines[i].Length), allowNull: false, out _, out var error))
            {
                return $"line {i + 1} ({parameter.Name}): {error}";
            }
        }
        return null;
    }

    /// <summary>A value in the format's own notation, for messages: 5, 2.5, true, "text", [1,2].</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        long n => n.ToString(CultureInfo.InvariantCulture),
        double d when double.IsNaN(d) => NaN,
        double d when double.IsInfinity(d) => d > 0 ? Infinity : NegativeInfinity,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string s => JsonSerializer.Serialize(s),
        Array a => "[" + string.Join(",", a.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };

    /// <summary>The lines of <paramref name="input"/> (\n or \r\n), without one final line break.</summary>
    private static List<(int Start, int Length)> Lines(ReadOnlySpan<byte> input)
    {
        var lines = new List<(int, int)>();
        if (input.EndsWith("\n"u8))
        {
            input = input[..^1];
        }
        if (input.IsEmpty)
        {
            return lines;
        }
        var start = 0;
        while (true)
        {
            var end = input[start..].IndexOf((byte)'\n');
            var length = end < 0 ? input.Length - start : end;
            lines.Add((start, length > 0 && input[start + length - 1] == '\r' ? length - 1 : length));
            if (end < 0)
            {
                return lines;
            }
            start += end + 1;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => reader.TokenType.ToString(),
    };

    /// <summary>
    /// The harnesses' bare NaN, Infinity and -Infinity (outside strings) as the strings "NaN", "Infinity" and
    /// "-Infinity", which the parser reads as doubles only where a double is expected; null when there are none.
    /// </summary>
    private static byte[]? QuoteNonFinite(ReadOnlySpan<byte> json)
    {
        if (json.IndexOfAny((byte)'N', (byte)'I') < 0)
        {
            return null;
        }
        var output = new List<byte>(json.Length + 16);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var b = json[i];
            if (inString)
            {
                output.Add(b);
                if (b == '\\' && i + 1 < json.Length)
                {
                    output.Add(json[++i]);
                }
                else if (b == '"')
                {
                    inString = false;
                }
                continue;
            }
            var word = json[i..].StartsWith("NaN"u8) ? NaN
                : json[i..].StartsWith("Infinity"u8) ? Infinity
                : json[i..].StartsWith("-Infinity"u8) ? NegativeInfinity
                : null;
            if (word is null)
            {
                inString = b == '"';
                output.Add(b);
                continue;
            }
            output.Add((byte)'"');
            output.AddRange(Encoding.ASCII.GetBytes(word));
            output.Add((byte)'"');
            i += word.Length - 1;
        }
        return output.ToArray();
    }

    /// <summary>Reads one typed value at the reader's current token; the first error is kept and stops the parse.</summary>
    private sealed class Parser(bool allowNull, bool allowNonFinite)
    {
        public string? Error { get; private set; }

        public object? Value(ref Utf8JsonReader reader, SignatureType type, string path)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                // Only what can be null in Java and C# (arrays, strings) may be; a null int is never a value.
                return allowNull && (type.IsArray || type.Scalar == ScalarType.String) ? null : Fail(path, type, "null");
            }
            if (type.IsArray)
            {
                return reader.TokenType == JsonTokenType.StartArray ? Array(ref reader, type, path) : Fail(path, type, Describe(ref reader));
            }
            return type.Scalar switch
            {
                ScalarType.Int => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var i) ? (long)i : Fail(path, type, DescribeNumber(ref reader, "int")),
                ScalarType.Long => reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var l) ? l : Fail(path, type, DescribeNumber(ref reader, "long")),
                ScalarType.Double => Double(ref reader, type, path),
                ScalarType.Bool => reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    _ => Fail(path, type, Describe(ref reader)),
                },
                ScalarType.Char => Char(ref reader, type, path),
                _ => reader.TokenType == JsonTokenType.String ? Text(ref reader, type, path) : Fail(path, type, Describe(ref reader)),
            };
        }

        private object? Double(ref Utf8JsonReader reader, SignatureType type, string path)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                return reader.TryGetDouble(out var d) && double.IsFinite(d) ? d : Fail(path, type, Describe(ref reader));
            }
            if (allowNonFinite && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
            {
                var word = reader.ValueSpan;
                if (word.SequenceEqual("NaN"u8)) return double.NaN;
                if (word.SequenceEqual("Infinity"u8)) return double.PositiveInfinity;
                if (word.SequenceEqual("-Infinity"u8)) return double.NegativeInfinity;
            }
            return Fail(path, type, Describe(ref reader));
        }

        private object? Char(ref Utf8JsonReader reader, SignatureType type, string path)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return Fail(path, type, Describe(ref reader));
            }
            var text = Text(ref reader, type, path);
            return text is { Length: 1 } && text[0] is >= ' ' and <= '~'
                ? text
                : text is null ? null : Fail(path, type, $"{JsonSerializer.Serialize(text)} (one printable ASCII character, U+0020 to U+007E)");
        }

        /// <summary>A string token's text; a lone surrogate (escaped) or invalid UTF-8 is an error, not an exception.</summary>
        private string? Text(ref Utf8JsonReader reader, SignatureType type, string path)
        {
            try
            {
                return reader.GetString();
            }
            catch (InvalidOperationException)
            {
                Error ??= $"{InvalidUnicode}{(path.Length > 0 ? " at " + path : "")} (a lone surrogate or invalid UTF-8)";
                return null;
            }
        }

        private object? Array(ref Utf8JsonReader reader, SignatureType type, string path)
        {
            var element = type.Element;
            var items = new List<object?>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var item = Value(ref reader, element, $"{path}[{items.Count}]");
                if (Error is not null)
                {
                    return null;
                }
                items.Add(item);
            }
            return Typed(element, items);
        }

        private static System.Array Typed(SignatureType element, List<object?> items) => element.IsArray
            ? items.ToArray()
            : element.Scalar switch
            {
                // Value refuses a null number or boolean, so every item here is one.
                ScalarType.Int or ScalarType.Long => items.Select(x => x is long n ? n : 0).ToArray(),
                ScalarType.Double => items.Select(x => x is double n ? n : 0).ToArray(),
                ScalarType.Bool => items.Select(x => x is true).ToArray(),
                _ => items.Cast<string?>().ToArray(),
            };

        private static string DescribeNumber(ref Utf8JsonReader reader, string type) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var d) && Math.Floor(d) == d && reader.ValueSpan.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0
                ? $"{Encoding.UTF8.GetString(reader.ValueSpan)} (out of the {type} range)"
                : Describe(ref reader);

        private object? Fail(string path, SignatureType type, string found)
        {
            Error ??= (path.Length > 0 ? $"at {path}: " : "") + $"expected {type}, found {found}";
            return null;
        }
    }
}
