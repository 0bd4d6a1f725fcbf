using Judge.Contracts.V1;

namespace Judge.Cli;

/// <summary>The problem command: a problem version as a person reads it, samples and statement as text.</summary>
public sealed partial class Commands
{
    private async Task<int> ShowProblemAsync(string id)
    {
        var p = await _problems.GetProblemAsync(new GetProblemRequest { Id = id });
        await output.WriteLineAsync($"{p.Id} version {p.Version}: {p.Title}");
        await output.WriteLineAsync($"  limits: {p.TimeLimitMs} ms, {p.MemoryLimitMib} MiB; per language: " +
            string.Join(", ", p.Limits.Select(l => $"{l.Language} {l.TimeLimitMs} ms {l.MemoryLimitMib} MiB")));
        await output.WriteLineAsync($"  {p.TestCount} tests, max score {p.MaxScore}; checker {EnumName(p.Checker)}; scoring {EnumName(p.Scoring)}" +
            (p.HasReference ? "; has a reference solution" : ""));
        if (p.Interactive)
        {
            await output.WriteLineAsync("  interactive: the program talks to the problem's interactor (flush after each line); a sample's input is the interactor's");
        }
        foreach (var group in p.Groups)
        {
            await output.WriteLineAsync($"  group {group.Name}: {group.Points} points, tests {string.Join(",", group.Tests)}" +
                (group.DependsOn.Count > 0 ? $", after {string.Join(",", group.DependsOn)}" : ""));
        }
        if (p.Signature is { } signature)
        {
            await output.WriteLineAsync($"  function: {signature.ReturnType} {signature.FunctionName}({string.Join(", ", signature.Parameters.Select(x => $"{x.Type} {x.Name}"))})" +
                (signature.InPlace.Length > 0 ? $", judged by {signature.InPlace} after the call" : "") +
                (signature.AnyOrderDepth > 1 ? $", any order in {signature.AnyOrderDepth} levels" : signature.AnyOrder || signature.AnyOrderDepth == 1 ? ", any order" : "") + $"; stubs: ./judge client stub {p.Id} LANGUAGE");
        }
        foreach (var sample in p.Samples)
        {
            await output.WriteLineAsync($"  sample test {sample.Index}:");
            await PrintBlockAsync(p.Interactive ? "the interactor's input" : "input", sample.Input, false);
            await PrintBlockAsync("expected output", sample.ExpectedOutput, false);
        }
        if (p.Statement.Length > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync(p.Statement.TrimEnd());
        }
        return 0;
    }

    /// <summary>CHECKER_RETURN_VALUE → RETURN_VALUE: the proto's own name without its prefix.</summary>
    private static string EnumName<T>(T value) where T : struct, Enum
    {
        var type = ProblemsReflection.Descriptor.EnumTypes.Concat(JudgeReflection.Descriptor.EnumTypes).Single(e => e.ClrType == typeof(T));
        var name = type.FindValueByNumber(Convert.ToInt32(value))?.Name ?? value.ToString();
        var prefix = type.Values[0].Name.Replace("UNSPECIFIED", "");
        return name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name;
    }
}
