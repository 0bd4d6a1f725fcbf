using Judge.Contracts.V1;

namespace Judge.Domain;

/// <summary>
/// The limits a language runs a problem under, shown by GetProblem and used by the worker: the problem's
/// time limit times the language's multiplier (rounded up to a whole ms), and its memory limit plus the
/// language's allowance (MiB). A problem's <see cref="LanguageLimits"/> entry for the language replaces
/// either value. The multipliers follow the OA platforms' published practice (e.g. Java 2x, Python 3x).
/// </summary>
public static class EffectiveLimitsRule
{
    public static EffectiveLimits For(ProblemHeader problem, string language, double timeMultiplier, uint memoryAllowanceMib)
    {
        var custom = problem.LanguageLimits.FirstOrDefault(l => l.Language == language);
        if (custom is { HasTimeMultiplier: true })
        {
            timeMultiplier = custom.TimeMultiplier;
        }
        if (custom is { HasMemoryAllowanceMib: true })
        {
            memoryAllowanceMib = custom.MemoryAllowanceMib;
        }
        return new EffectiveLimits
        {
            Language = language,
            TimeLimitMs = (uint)Math.Min(uint.MaxValue, Math.Ceiling(problem.TimeLimitMs * timeMultiplier)),
            MemoryLimitMib = (uint)Math.Min(uint.MaxValue, (ulong)problem.MemoryLimitMib + memoryAllowanceMib),
        };
    }
}
