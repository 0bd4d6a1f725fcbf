namespace Judge.Domain.Functions;

/// <summary>One method of a design problem's class: its name as declared, parameters in call order, and return type (null: void).</summary>
public sealed record DesignMethod(string Name, IReadOnlyList<FunctionParameter> Parameters, SignatureType? ReturnType)
{
    /// <summary>The declaration in the signature's notation: "int get(int key)", "void put(int key, int value)".</summary>
    public override string ToString() =>
        $"{ReturnType?.ToString() ?? FunctionSignature.Void} {Name}({string.Join(", ", Parameters.Select(p => $"{p.Type} {p.Name}"))})";
}

/// <summary>
/// A design problem's class (LRU Cache, Hit Counter, an iterator): the candidate writes it; each test is a sequence of
/// calls, the constructor first, in LeetCode's format (docs/function-problems.md#design-problems).
/// </summary>
public sealed record DesignClass(string Name, IReadOnlyList<FunctionParameter> ConstructorParameters, IReadOnlyList<DesignMethod> Methods)
{
    public const int MaxMethods = 20;

    /// <summary>The method called <paramref name="name"/>, or null.</summary>
    public DesignMethod? Method(string name) => Methods.FirstOrDefault(m => m.Name == name);

    /// <summary>Every type the class names: its constructor's and methods' parameters, and its methods' return types.</summary>
    public IEnumerable<SignatureType> Types =>
        ConstructorParameters.Select(p => p.Type)
            .Concat(Methods.SelectMany(m => m.Parameters.Select(p => p.Type).Concat(m.ReturnType is null ? [] : [m.ReturnType])));

    /// <summary>"class LRUCache(int capacity) { int get(int key); void put(int key, int value) }".</summary>
    public override string ToString() =>
        $"class {Name}({string.Join(", ", ConstructorParameters.Select(p => $"{p.Type} {p.Name}"))}) {{ {string.Join("; ", Methods)} }}";
}
