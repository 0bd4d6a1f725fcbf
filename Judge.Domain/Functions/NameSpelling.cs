namespace Judge.Domain.Functions;

/// <summary>How a language spells a signature's names: as declared ("twoSum"), snake_case ("two_sum"), PascalCase ("TwoSum").</summary>
public enum NameSpelling
{
    AsDeclared,
    SnakeCase,
    PascalCase,
}

/// <summary>Respells a signature's name ([A-Za-z][A-Za-z0-9]*) as a language wants it.</summary>
public static class NameSpellings
{
    public static string Apply(this NameSpelling spelling, string name) => spelling switch
    {
        NameSpelling.SnakeCase => ToSnakeCase(name),
        NameSpelling.PascalCase => char.ToUpperInvariant(name[0]) + name[1..],
        _ => name,
    };

    /// <summary>"twoSum" → "two_sum", "parseXMLFile" → "parse_xml_file", "sum2D" → "sum2_d"... words start at a capital.</summary>
    private static string ToSnakeCase(string name)
    {
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    text.Append('_');
                }
            }
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
