using System.Text.Json;

namespace Judge.Cli.Packages;

/// <summary>
/// Reads one JSON object of problem.json field by field, each failure a <see cref="PackageException"/> naming the
/// field by its path ("groups[1].points"). <see cref="EnsureNoOtherFields"/> refuses a field that was never asked
/// for, so a misspelt field is an error rather than silently ignored.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonElement _element;
    private readonly string _file;
    private readonly string _path;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private JsonFields(JsonElement element, string file, string path)
    {
        _element = element;
        _file = file;
        _path = path;
    }

    /// <summary>The document's root, which must be an object.</summary>
    public static JsonFields Root(JsonElement element, string file) =>
        element.ValueKind == JsonValueKind.Object
            ? new JsonFields(element, file, "")
            : throw new PackageException(file, null, "must hold one JSON object ({ ... })");

    public string Path(string name) => _path.Length == 0 ? name : $"{_path}.{name}";

    public PackageException Error(string name, string problem) => new(_file, Path(name), problem);

    public string RequiredString(string name) =>
        OptionalString(name) ?? throw Error(name, "is required (a string)");

    public string? OptionalString(string name) =>
        Get(name) is not { } value ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()!
        : throw Error(name, "must be a string");

    public uint RequiredUInt(string name) =>
        OptionalUInt(name) ?? throw Error(name, "is required (a whole number)");

    public uint? OptionalUInt(string name) =>
        Get(name) is not { } value ? null : UInt(value, Path(name));

    public double? OptionalDouble(string name) =>
        Get(name) is not { } value ? null
        : value.ValueKind == JsonValueKind.Number ? value.GetDouble()
        : throw Error(name, "must be a number");

    public bool OptionalBool(string name) =>
        Get(name) is not { } value ? false
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw Error(name, "must be true or false");

    /// <summary>Each object of an array field (none when the field is absent).</summary>
    public IReadOnlyList<JsonFields> Objects(string name) =>
        Array(name).Select((item, i) => item.ValueKind == JsonValueKind.Object
                ? new JsonFields(item, _file, $"{Path(name)}[{i}]")
                : throw new PackageException(_file, $"{Path(name)}[{i}]", "must be an object ({ ... })"))
            .ToList();

    /// <summary>An object field, or null when absent.</summary>
    public JsonFields? OptionalObject(string name) =>
        Get(name) is not { } value ? null
        : value.ValueKind == JsonValueKind.Object ? new JsonFields(value, _file, Path(name))
        : throw Error(name, "must be an object ({ ... })");

    /// <summary>The strings of an array field (none when the field is absent).</summary>
    public IReadOnlyList<string> Strings(string name) =>
        Array(name).Select((item, i) => item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new PackageException(_file, $"{Path(name)}[{i}]", "must be a string"))
            .ToList();

    /// <summary>An object field whose values are whole numbers, e.g. { "07": 5 } (empty when absent).</summary>
    public IReadOnlyList<(string Key, uint Value)> UIntMap(string name)
    {
        if (Get(name) is not { } value)
        {
            return [];
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Error(name, "must be an object of whole numbers ({ \"name\": 1 })");
        }
        return value.EnumerateObject().Select(p => (p.Name, UInt(p.Value, $"{Path(name)}.{p.Name}"))).ToList();
    }

    /// <summary>Throws when the object has a field that was never read.</summary>
    public void EnsureNoOtherFields()
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!_known.Contains(property.Name))
            {
                throw Error(property.Name, $"unknown field (known here: {string.Join(", ", _known)})");
            }
        }
    }

    /// <summary>Marks fields as known without reading them (fields read only in some cases).</summary>
    public void Allow(params string[] names) => _known.UnionWith(names);

    private JsonElement? Get(string name)
    {
        _known.Add(name);
        return _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }

    private IEnumerable<JsonElement> Array(string name) =>
        Get(name) is not { } value ? []
        : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList()
        : throw Error(name, "must be an array ([ ... ])");

    private uint UInt(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetUInt32(out var number)
            ? number
            : throw new PackageException(_file, path, $"must be a whole number from 0 to {uint.MaxValue}");
}
