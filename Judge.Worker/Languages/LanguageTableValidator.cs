using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Languages;

/// <summary>Checks every row of the language table at start, naming the language and the field that is wrong.</summary>
public sealed class LanguageTableValidator : IValidateOptions<LanguageTable>
{
    public ValidateOptionsResult Validate(string? name, LanguageTable table)
    {
        if (table.Count == 0)
        {
            return ValidateOptionsResult.Fail($"the \"{LanguageTable.Section}\" section names no language");
        }
        var failures = new List<string>();
        foreach (var (id, language) in table)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(language, new ValidationContext(language), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"{LanguageTable.Section}:{id}: {r.ErrorMessage}"));
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
