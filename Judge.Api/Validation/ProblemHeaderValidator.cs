using Judge.Contracts.V1;
using Microsoft.Extensions.Options;

namespace Judge.Api.Validation;

/// <summary>Checks a PutProblem header before anything is staged: identity, limits and tests here, the rest of the model in <see cref="ProblemModelValidator"/>.</summary>
public sealed class ProblemHeaderValidator(IOptions<ApiOptions> options, ProblemModelValidator model)
{
    private const int MaxTitleLength = 200;
    private const uint MaxPointsPerTest = 1_000_000;

    public void Validate(ProblemHeader header)
    {
        var limits = options.Value;
        if (header.Id.Length == 0)
        {
            throw Invalid.Argument("id is required");
        }
        if (!Identifiers.IsProblemId(header.Id))
        {
            throw Invalid.Argument($"id must be {Identifiers.ProblemIdRule}");
        }
        if (string.IsNullOrWhiteSpace(header.Title) || header.Title.Length > MaxTitleLength)
        {
            throw Invalid.Argument($"title must be 1-{MaxTitleLength} characters");
        }
        if (header.TimeLimitMs < limits.MinTimeLimitMs || header.TimeLimitMs > limits.MaxTimeLimitMs)
        {
            throw Invalid.Argument($"time_limit_ms is {header.TimeLimitMs}; it must be between {limits.MinTimeLimitMs} and {limits.MaxTimeLimitMs}");
        }
        if (header.MemoryLimitMib < limits.MinMemoryLimitMiB || header.MemoryLimitMib > limits.MaxMemoryLimitMiB)
        {
            throw Invalid.Argument($"memory_limit_mib is {header.MemoryLimitMib}; it must be between {limits.MinMemoryLimitMiB} and {limits.MaxMemoryLimitMiB}");
        }
        if (header.Tests.Count == 0 || header.Tests.Count > limits.MaxTests)
        {
            throw Invalid.Argument($"a problem has 1-{limits.MaxTests} tests; this one has {header.Tests.Count}");
        }
        ulong total = 0;
        for (var i = 0; i < header.Tests.Count; i++)
        {
            var test = header.Tests[i];
            var largest = Math.Max(test.InputSize, test.ExpectedOutputSize);
            if (largest > (ulong)limits.MaxTestFileBytes)
            {
                throw Invalid.Argument($"test {i}: {largest} bytes is over the limit of {limits.MaxTestFileBytes} bytes per input or output");
            }
            if (test.Sample && largest > (ulong)limits.MaxSampleBytes)
            {
                throw Invalid.Argument($"test {i} is a sample, and samples are at most {limits.MaxSampleBytes} bytes per input or output");
            }
            if (test.Points > MaxPointsPerTest)
            {
                throw Invalid.Argument($"test {i}: points must be at most {MaxPointsPerTest}");
            }
            total += test.InputSize + test.ExpectedOutputSize;
        }
        if (total > (ulong)limits.MaxProblemBytes)
        {
            throw Invalid.Argument($"the tests add up to {total} bytes; a problem holds at most {limits.MaxProblemBytes} bytes");
        }
        model.Validate(header);
    }
}
