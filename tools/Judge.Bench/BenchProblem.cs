using System.Text;
using Judge.Contracts.V1;
using ProblemsClient = Judge.Contracts.V1.Problems.ProblemsClient;

namespace Judge.Bench;

/// <summary>An A+B problem with a given number of tests, the first of them the only sample.</summary>
internal static class BenchProblem
{
    public static Task<string> PutAsync(ProblemsClient problems, int tests, CancellationToken cancellationToken)
    {
        var data = Enumerable.Range(0, tests)
            .Select(i => new TestData(Encoding.ASCII.GetBytes($"{i + 1} {2 * i + 3}\n"), Encoding.ASCII.GetBytes($"{3 * i + 4}\n")))
            .ToArray();
        var header = new ProblemHeader
        {
            Id = $"bench-sum-{tests}",
            Title = $"A+B, {tests} tests",
            TimeLimitMs = 2000,
            MemoryLimitMib = 256,
            Tests = { data.Select((_, i) => new TestCaseHeader { Sample = i == 0, Points = 1 }) },
        };
        return ProblemUpload.PutAsync(problems, header, data, cancellationToken);
    }
}
