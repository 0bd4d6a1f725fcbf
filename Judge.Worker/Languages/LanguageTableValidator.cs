using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Languages;

/// <summary>Checks every row of the language table at start (and its Function section, whose harness template must exist), naming the language and the field that is wrong.</summary>
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
            if (language.Function is { } function)
            {
                results.Clear();
                if (!Validator.TryValidateObject(function, new ValidationContext(function), results, validateAllProperties: true))
                {
                    failures.AddRange(results.Select(r => $"{LanguageTable.Section}:{id}:Function: {r.ErrorMessage}"));
                }
                else if (!File.Exists(function.HarnessPath))
                {
                    failures.Add($"{LanguageTable.Section}:{id}:Function:Harness: {function.HarnessPath} does not exist");
                }
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
