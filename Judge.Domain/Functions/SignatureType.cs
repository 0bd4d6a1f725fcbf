using System.Diagnostics.CodeAnalysis;

namespace Judge.Domain.Functions;

/// <summary>
/// The scalar types of a function signature: int is 32-bit, long 64-bit, double IEEE 754 binary64, string UTF-8 text,
/// char one printable ASCII character (U+0020 to U+007E: what LeetCode's char problems hold, and one byte in C++).
/// </summary>
public enum ScalarType
{
    Int,
    Long,
    Double,
    Bool,
    String,
    Char,
}

/// <summary>
/// A parameter's or return value's type: a scalar, an array of one (<see cref="Dimensions"/> 1, written "int[]"), an
/// array of arrays (2, "int[][]", rows of any lengths) or of those (3, "int[][][]").
/// </summary>
public sealed record SignatureType(ScalarType Scalar, int Dimensions)
{
    public const int MaxDimensions = 3;

    /// <summary>What a signature may name, for error messages.</summary>
    public const string Grammar = "int, long, double, bool, string or char, optionally followed by [], [][] or [][][]";

    private static readonly Dictionary<string, ScalarType> Scalars = new(StringComparer.Ordinal)
    {
        ["int"] = ScalarType.Int,
        ["long"] = ScalarType.Long,
        ["double"] = ScalarType.Double,
        ["bool"] = ScalarType.Bool,
        ["string"] = ScalarType.String,
        ["char"] = ScalarType.Char,
    };

    /// <summary>Parses the written form ("long[][]"); false for anything else (no spaces, no other names).</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out SignatureType? type)
    {
        type = null;
        var dimensions = 0;
        var end = text.Length;
        while (end >= 2 && text[end - 2] == '[' && text[end - 1] == ']')
        {
            dimensions++;
            end -= 2;
        }
        if (dimensions > MaxDimensions || !Scalars.TryGetValue(text[..end], out var scalar))
        {
            return false;
        }
        type = new SignatureType(scalar, dimensions);
        return true;
    }

    /// <summary>The scalar's name as written ("int").</summary>
    public string ScalarName => Scalar.ToString().ToLowerInvariant();

    /// <summary>A name usable in identifiers, as harness templates use it: Int, LongArray, StringArray2D, CharArray3D.</summary>
    public string Kind => Scalar + Dimensions switch { 0 => "", 1 => "Array", _ => $"Array{Dimensions}D" };

    public bool IsArray => Dimensions > 0;

    /// <summary>The written form with its article, for messages: "an int[]", "a string".</summary>
    public string WithArticle => (Scalar == ScalarType.Int ? "an " : "a ") + this;

    /// <summary>The type of an array's elements.</summary>
    /// <exception cref="InvalidOperationException">The type is a scalar.</exception>
    public SignatureType Element => Dimensions > 0
        ? this with { Dimensions = Dimensions - 1 }
        : throw new InvalidOperationException($"{this} has no elements");

    /// <summary>The written form: "int", "string[]", "double[][]".</summary>
    public override string ToString() => ScalarName + string.Concat(Enumerable.Repeat("[]", Dimensions));
}
