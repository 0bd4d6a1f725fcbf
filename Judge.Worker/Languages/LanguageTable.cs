namespace Judge.Worker.Languages;

/// <summary>The languages this worker serves, keyed by id (bound from the "Languages" section).</summary>
public sealed class LanguageTable : Dictionary<string, LanguageDefinition>
{
    public const string Section = "Languages";

    public LanguageTable() : base(StringComparer.Ordinal)
    {
    }
}
