using System.Text.RegularExpressions;
using Judge.Contracts.V1;

namespace Judge.Domain.Functions;

/// <summary>One parameter of a function signature: its name as declared and its type.</summary>
public sealed record FunctionParameter(string Name, SignatureType Type);

/// <summary>
/// A function-style problem's signature (the contract's <see cref="Signature"/>), checked and parsed: the function's
/// name, its parameters in call order, its return type (null: void, and <see cref="InPlace"/> is the parameter judged
/// after the call), and how many levels of the judged array are compared as multisets (<see cref="AnyOrderDepth"/>).
/// A design problem's signature has <see cref="Design"/> set: then <see cref="Name"/> is the class's and
/// <see cref="Parameters"/> the constructor's, with no return type.
public sealed partial record FunctionSignature(
    string Name,
    IReadOnlyList<FunctionParameter> Parameters,
    SignatureType? ReturnType,
    FunctionParameter? InPlace,
    int AnyOrderDepth,
    DesignClass? Design = null)
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
        if (signature.ClassName.Length > 0)
        {
            return FromDesign(signature);
        }
        if (signature.Methods.Count > 0 || signature.ConstructorParameters.Count > 0)
        {
            throw new SignatureException("signature.class_name is required with methods or constructor_parameters (a design problem)");
        }
        CheckName(signature.FunctionName, "signature.function_name");
        var parameters = CheckedParameters(signature.Parameters, "signature.parameters", signature.FunctionName);
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

    /// <summary>Every type the signature names: its parameters' and its return type (a design problem's: its class's).</summary>
    public IEnumerable<SignatureType> Types => Design?.Types ?? Parameters.Select(p => p.Type).Concat(ReturnType is null ? [] : [ReturnType]);

    /// <summary>The type of the value judged: the return type, or with void the in-place parameter's.</summary>
    /// <exception cref="InvalidOperationException">A design problem: each call's result is judged (<see cref="DesignClass"/>).</exception>
    public SignatureType JudgedType => ReturnType ?? InPlace?.Type ?? throw new InvalidOperationException($"{Name} is a design problem's class: each call's result is judged");

    /// <summary>The declaration in the signature's own notation, e.g. "int[] twoSum(int[] nums, int target)".</summary>
    public override string ToString() => Design?.ToString() ??
        $"{ReturnType?.ToString() ?? Void} {Name}({string.Join(", ", Parameters.Select(p => $"{p.Type} {p.Name}"))})";

    /// <summary>A design problem's class: its name, constructor and methods, each checked as a function's are.</summary>
    private static FunctionSignature FromDesign(Signature signature)
    {
        if (signature.FunctionName.Length > 0 || signature.Parameters.Count > 0 || signature.ReturnType.Length > 0
            || signature.InPlace.Length > 0 || signature.AnyOrder || signature.AnyOrderDepth > 0)
        {
            throw new SignatureException("signature: a design problem (class_name set) declares methods, not function_name, parameters, return_type, in_place or any_order");
        }
        CheckName(signature.ClassName, "signature.class_name");
        if (signature.ClassName is "ListNode" or "TreeNode" or "Solution" or "Constructor")
        {
            throw new SignatureException($"signature.class_name: '{signature.ClassName}' is a class the harnesses define");
        }
        var constructor = CheckedParameters(signature.ConstructorParameters, "signature.constructor_parameters", signature.ClassName, member: true);
        if (signature.Methods.Count is 0 or > DesignClass.MaxMethods)
        {
            throw new SignatureException($"signature.methods: 1 to {DesignClass.MaxMethods} methods; this class has {signature.Methods.Count}");
        }
        var methods = new List<DesignMethod>();
        for (var i = 0; i < signature.Methods.Count; i++)
        {
            var method = signature.Methods[i];
            var field = $"signature.methods[{i}]";
            CheckName(method.Name, field + ".name", member: true);
            if (methods.Any(m => string.Equals(m.Name, method.Name, StringComparison.OrdinalIgnoreCase)) || string.Equals(method.Name, signature.ClassName, StringComparison.OrdinalIgnoreCase))
            {
                // C# and Go spell methods in PascalCase: names differing only in case would collide.
                throw new SignatureException($"{field}.name: '{method.Name}' is already the name of the class or of another method (names are compared ignoring case)");
            }
            var returnType = method.ReturnType == Void ? null : ParseType(method.ReturnType, field + ".return_type");
            methods.Add(new DesignMethod(method.Name, CheckedParameters(method.Parameters, field + ".parameters", method.Name, member: true), returnType));
        }
        return new FunctionSignature(signature.ClassName, constructor, null, null, 0, new DesignClass(signature.ClassName, constructor, methods));
    }

    /// <summary>A parameter list: at most <see cref="MaxParameters"/>, each name valid, unique in every spelling and not the owner's name.</summary>
    private static List<FunctionParameter> CheckedParameters(IReadOnlyList<Parameter> declared, string field, string owner, bool member = false)
    {
        if (declared.Count > MaxParameters)
        {
            throw new SignatureException($"{field}: at most {MaxParameters} parameters; this signature has {declared.Count}");
        }
        var parameters = new List<FunctionParameter>(declared.Count);
        var spelt = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < declared.Count; i++)
        {
            var parameter = declared[i];
            var at = $"{field}[{i}]";
            CheckName(parameter.Name, at + ".name", member);
            // Parameters are spelt as declared, and in snake_case for Python.
            foreach (var name in new[] { parameter.Name, NameSpelling.SnakeCase.Apply(parameter.Name) }.Distinct())
            {
                if (!spelt.TryAdd(name, parameter.Name))
                {
                    throw new SignatureException($"{at}.name: '{parameter.Name}' is the same name as '{spelt[name]}' (spelt '{name}')");
                }
            }
            if (string.Equals(parameter.Name, owner, StringComparison.OrdinalIgnoreCase))
            {
                throw new SignatureException($"{at}.name: '{parameter.Name}' is the function's own name");
            }
            parameters.Add(new FunctionParameter(parameter.Name, ParseType(parameter.Type, $"{at}.type ('{parameter.Name}')")));
        }
        return parameters;
    }

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
        return parameter.Type.IsArray || parameter.Type.IsNode
            ? parameter
            : throw new SignatureException($"signature.in_place: '{parameter.Name}' is {parameter.Type.WithArticle}; only an array, a ListNode or a TreeNode can be changed in place");
    }

    private static void CheckName(string name, string field, bool member = false)
    {
        if (name.Length == 0)
        {
            throw new SignatureException($"{field} is required");
        }
        if (!NamePattern().IsMatch(name))
        {
            throw new SignatureException($"{field}: '{name}' is not a name: {NameRule}");
        }
        if (member ? ReservedNames.ContainsMember(name) : ReservedNames.Contains(name))
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
