using System.Text.RegularExpressions;
using Judge.Contracts.V1;

namespace Judge.Domain.Functions;

/// <summary>One parameter of a function signature: its name as declared and its type.</summary>
public sealed record FunctionParameter(string Name, SignatureType Type);

/// <summary>
/// A function-style problem's signature (the contract's <see cref="Signature"/>), checked and parsed: the function's
/// name, its parameters in call order, its return type, and whether an array return value is compared as a multiset.
/// </summary>
public sealed partial record FunctionSignature(string Name, IReadOnlyList<FunctionParameter> Parameters, SignatureType ReturnType, bool AnyOrder)
{
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
        return new FunctionSignature(signature.FunctionName, parameters, ParseType(signature.ReturnType, "signature.return_type"), signature.AnyOrder);
    }

    /// <summary>The declaration in the signature's own notation, e.g. "int[] twoSum(int[] nums, int target)".</summary>
    public override string ToString() =>
        $"{ReturnType} {Name}({string.Join(", ", Parameters.Select(p => $"{p.Type} {p.Name}"))})";

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
