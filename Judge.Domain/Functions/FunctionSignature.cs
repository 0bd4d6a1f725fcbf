using System.Text.RegularExpressions;
using Judge.Contracts.V1;

namespace Judge.Domain.Functions;

/// <summary>One parameter of a function signature: its name as declared and its type.</summary>
public sealed record FunctionParameter(string Name, SignatureType Type);

/// <summary>
/// A function-style problem's signature (the contract's <see cref="Signature"/>), checked and parsed: the function's
/// name, its parameters in call order, its return type (null: void, and <see cref="InPlace"/> is the parameter judged
/// after the call), and how many levels of the judged array are compared as multisets (<see cref="AnyOrderDepth"/>).
/// </summary>
public sealed partial record FunctionSignature(
    string Name,
    IReadOnlyList<FunctionParameter> Parameters,
    SignatureType? ReturnType,
    FunctionParameter? InPlace,
    int AnyOrderDepth)
{
    public const string Void = "void";

    public const int MaxParameters = 10;
    public const int MaxNameLength = 40;

    public const string NameRule = "a letter, then letters and digits (at most 40 characters)";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    private static partial Regex NamePattern();

    /// <summary>Checks and parses <paramref name="signature"/>.</summary>
    /// <exception cref="SignatureException">A rule is broken; the message names the field, e.g. "signature.parameters[1].name".</exception>
    public static FunctionSignature From(Signature signature)
    {
        CheckName(signature.FunctionName, "signature.function_name");
        if (signature.Parameters.Count > MaxParameters)
        {
            throw new SignatureException($"signature.parameters: at most {MaxParameters} parameters; this signature has {signature.Parameters.Count}");
        }
        var parameters = new List<FunctionParameter>(signature.Parameters.Count);
        var spelt = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < signature.Parameters.Count; i++)
        {
            var parameter = signature.Parameters[i];
            var field = $"signature.parameters[{i}]";
            CheckName(parameter.Name, field + ".name");
            // Parameters are spelt as declared, and in snake_case for Python.
            foreach (var name in new[] { parameter.Name, NameSpelling.SnakeCase.Apply(parameter.Name) }.Distinct())
            {
                if (!spelt.TryAdd(name, parameter.Name))
                {
                    throw new SignatureException($"{field}.name: '{parameter.Name}' is the same name as '{spelt[name]}' (spelt '{name}')");
                }
            }
            if (string.Equals(parameter.Name, signature.FunctionName, StringComparison.OrdinalIgnoreCase))
            {
                throw new SignatureException($"{field}.name: '{parameter.Name}' is the function's own name");
            }
            parameters.Add(new FunctionParameter(parameter.Name, ParseType(parameter.Type, $"{field}.type ('{parameter.Name}')")));
        }
        var returnType = signature.ReturnType == Void ? null : ParseType(signature.ReturnType, "signature.return_type");
        var inPlace = InPlaceParameter(signature, returnType, parameters);
        var judged = returnType ?? inPlace!.Type;
        var depth = signature.AnyOrderDepth > 0 ? (int)Math.Min(signature.AnyOrderDepth, int.MaxValue) : signature.AnyOrder ? 1 : 0;
        if (depth > judged.Dimensions)
        {
            var field = signature.AnyOrderDepth > 0 ? "signature.any_order_depth" : "signature.any_order";
            throw new SignatureException(judged.IsArray
                ? $"{field}: {depth} levels, but the judged value ({judged}) has {judged.Dimensions}"
                : $"{field}: the judged value is {judged.WithArticle}, not an array; only an array's order can be ignored");
        }
        return new FunctionSignature(signature.FunctionName, parameters, returnType, inPlace, depth);
    }

    /// <summary>The type of the value judged: the return type, or with void the in-place parameter's.</summary>
    public SignatureType JudgedType => ReturnType ?? InPlace!.Type;

    /// <summary>The declaration in the signature's own notation, e.g. "int[] twoSum(int[] nums, int target)".</summary>
    public override string ToString() =>
        $"{ReturnType?.ToString() ?? Void} {Name}({string.Join(", ", Parameters.Select(p => $"{p.Type} {p.Name}"))})";

    private static FunctionParameter? InPlaceParameter(Signature signature, SignatureType? returnType, List<FunctionParameter> parameters)
    {
        if (signature.InPlace.Length == 0)
        {
            return returnType is null
                ? throw new SignatureException("signature.in_place is required with return_type void: the parameter whose value after the call is judged")
                : null;
        }
        if (returnType is not null)
        {
            throw new SignatureException($"signature.in_place: only a void function is judged by an argument; this one returns {returnType}");
        }
        var parameter = parameters.FirstOrDefault(p => p.Name == signature.InPlace)
            ?? throw new SignatureException($"signature.in_place: '{signature.InPlace}' is not a parameter ({string.Join(", ", parameters.Select(p => p.Name))})");
        return parameter.Type.IsArray
            ? parameter
            : throw new SignatureException($"signature.in_place: '{parameter.Name}' is {parameter.Type.WithArticle}; only an array can be changed in place");
    }

    private static void CheckName(string name, string field)
    {
        if (name.Length == 0)
        {
            throw new SignatureException($"{field} is required");
        }
        if (!NamePattern().IsMatch(name))
        {
            throw new SignatureException($"{field}: '{name}' is not a name: {NameRule}");
        }
        if (ReservedNames.Contains(name))
        {
            throw new SignatureException($"{field}: '{name}' is a keyword or reserved name in one of the languages");
        }
    }

    private static SignatureType ParseType(string text, string field) =>
        text.Length == 0
            ? throw new SignatureException($"{field} is required: {SignatureType.Grammar}")
            : SignatureType.TryParse(text, out var type)
                ? type
                : throw new SignatureException($"{field}: '{text}' is not a type: {SignatureType.Grammar}");
}
