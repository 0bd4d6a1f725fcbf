using Judge.Cli.Packages;
using Judge.Cli;
using Judge.Contracts.V1;
using Judge.Testbed;

namespace Judge.IntegrationTests;

/// <summary>
/// Problem packages (docs/problem-package.md) through the client's own put-problem command, run in-process against
/// the real API, Redis and worker; and the package reader's errors, each naming the file and the field.
/// </summary>
[NonParallelizable]
public class PackageTests
{
    private JudgeHarness _judge = null!;
    private readonly List<string> _directories = [];

    [OneTimeSetUp]
    public async Task StartAsync() => _judge = await JudgeHarness.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _judge.DisposeAsync();
        foreach (var directory in _directories)
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task<(int Exit, string Output)> PutProblemAsync(string directory)
    {
        var output = new StringWriter();
        var exit = await new Commands(_judge.WithKey(JudgeHarness.AdminKey), output).RunAsync(["put-problem", directory]);
        return (exit, output.ToString());
    }

    [Test]
    public async Task The_client_uploads_examples_sum_and_its_solutions_pass_the_self_check()
    {
        var (exit, output) = await PutProblemAsync(Path.Combine(Repository.Root, "examples", "sum"));

        var problem = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "sum" });
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output);
            Assert.That(output, Does.Contain("problem sum version 1: 3 tests"));
            Assert.That(output, Does.Contain("ok   solutions/solution.cpp (cpp): expected ACCEPTED, got ACCEPTED on every test"));
            Assert.That(output, Does.Contain("ok   solutions/overflow.cpp (cpp): expected WRONG_ANSWER, got WRONG_ANSWER on test 1 (tests/02)"));
            Assert.That(problem.Version, Is.EqualTo(1));
            Assert.That(problem.Title, Is.EqualTo("A+B"));
            Assert.That(problem.Statement, Does.StartWith("# A+B"));
            Assert.That(problem.HasReference, Is.True);
            Assert.That(problem.Samples.Single().Index, Is.EqualTo(2), "tests in name order: 01, 02, sample1");
            Assert.That(problem.Samples.Single().Input.ToStringUtf8(), Is.EqualTo("1 2\n"));
        });
    }

    [TestCase("circle", "ok   solutions/rough.py (python): expected WRONG_ANSWER, got WRONG_ANSWER", TestName = "The client uploads examples/circle: a floats checker")]
    [TestCase("pairs", "ok   solutions/int32.cpp (cpp): expected WRONG_ANSWER, got WRONG_ANSWER", TestName = "The client uploads examples/pairs: a testlib checker and groups")]
    [TestCase("two-sum", "ok   solutions/quadratic.py (python): expected TIME_LIMIT_EXCEEDED, got TIME_LIMIT_EXCEEDED", TestName = "The client uploads examples/two-sum: a function-style problem")]
    [TestCase("islands", "ok   solutions/diagonal.py (python): expected WRONG_ANSWER, got WRONG_ANSWER", TestName = "The client uploads examples/islands: a function-style problem on a grid")]
    public async Task An_example_package_passes_its_self_check(string example, string line)
    {
        var (exit, output) = await PutProblemAsync(Path.Combine(Repository.Root, "examples", example));

        var problem = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = example });
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output);
            Assert.That(output, Does.Contain(line));
            Assert.That(output, Does.Not.Contain("FAIL"));
            Assert.That(problem.HasReference, Is.True);
        });
    }

    [Test]
    public async Task The_int32_solution_of_examples_pairs_scores_the_small_group_only()
    {
        await PutProblemAsync(Path.Combine(Repository.Root, "examples", "pairs"));
        var source = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "examples", "pairs", "solutions", "int32.cpp"));

        var result = await _judge.Judge.JudgeAsync("pairs", "cpp", source);

        Assert.Multiple(() =>
        {
            Assert.That(result.Score, Is.EqualTo(40), result.ToString());
            Assert.That(result.Groups.Select(g => (g.Name, g.Verdict)), Is.EqualTo(new[]
            {
                ("samples", Verdict.Accepted), ("small", Verdict.Accepted), ("large", Verdict.WrongAnswer),
            }));
        });
    }

    [Test]
    public async Task The_client_uploads_a_package_with_groups_listed_samples_test_points_and_language_limits()
    {
        var directory = NewPackage("""
            {
              "id": "grouped", "title": "Grouped sum", "time_limit_ms": 1000, "memory_limit_mib": 64,
              "checker": { "kind": "tokens" },
              "scoring": "groups",
              "samples": ["1"],
              "groups": [
                { "name": "small", "points": 40, "tests": ["small-*"] },
                { "name": "large", "points": 60, "tests": ["large-2", "large-10"], "depends_on": ["small"] }
              ],
              "language_limits": [{ "language": "python", "time_multiplier": 2 }],
              "solutions": [
                { "file": "sum.py", "language": "python", "expected_verdict": "AC", "reference": true },
                { "file": "small-only.py", "language": "python", "expected_verdict": "WA" }
              ]
            }
            """);
        // Natural order: 1, large-2, large-10, small-1, small-2.
        WriteTest(directory, "1", "1 2", "3");
        WriteTest(directory, "small-1", "3 4", "7");
        WriteTest(directory, "small-2", "5 6", "11");
        WriteTest(directory, "large-10", "2000 3000", "5000");
        WriteTest(directory, "large-2", "1000 1000", "2000");
        Write(directory, "solutions/sum.py", "a, b = map(int, input().split())\nprint(a + b)\n");
        Write(directory, "solutions/small-only.py", "a, b = map(int, input().split())\nprint(a + b if a < 1000 else 0)\n");

        var (exit, output) = await PutProblemAsync(directory);

        var problem = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "grouped" });
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output);
            Assert.That(output, Does.Contain("ok   solutions/small-only.py (python): expected WRONG_ANSWER, got WRONG_ANSWER on test 1 (tests/large-2)"));
            Assert.That(problem.Scoring, Is.EqualTo(Scoring.Groups));
            Assert.That(problem.Groups.Select(g => (g.Name, g.Points, string.Join(",", g.Tests), string.Join(",", g.DependsOn))), Is.EqualTo(new[]
            {
                ("small", 40u, "3,4", ""), ("large", 60u, "1,2", "small"),
            }));
            Assert.That(problem.TestCount, Is.EqualTo(5));
            Assert.That(problem.MaxScore, Is.EqualTo(100));
            Assert.That(problem.Samples.Select(s => s.Index), Is.EqualTo(new[] { 0u }));
            Assert.That(problem.Limits.Single(l => l.Language == "python").TimeLimitMs, Is.EqualTo(2000));
            Assert.That(problem.Statement, Is.Empty, "statement.md is optional");
        });
    }

    [Test]
    public void The_package_reader_orders_tests_naturally_and_reads_samples_points_and_a_program_checker()
    {
        var directory = NewPackage("""
            {
              // Comments and trailing commas are allowed.
              "id": "read", "title": "Read", "time_limit_ms": 1000, "memory_limit_mib": 64,
              "checker": { "kind": "testlib", "main_file": "check.cpp" },
              "samples": ["2"],
              "test_points": { "10": 5 },
              "solutions": [{ "file": "ref.cpp", "language": "cpp", "reference": true }],
            }
            """);
        foreach (var name in new[] { "10", "2", "sample-a", "1" })
        {
            WriteTest(directory, name, "1", "1");
        }
        Write(directory, "checker/check.cpp", "int main() {}\n");
        Write(directory, "checker/testlib.h", "// the author's own\n");
        Write(directory, "solutions/ref.cpp", "int main() {}\n");

        var package = ProblemPackage.Read(directory);

        var header = package.Header;
        Assert.Multiple(() =>
        {
            Assert.That(package.Tests.Select(t => t.Name), Is.EqualTo(new[] { "1", "2", "10", "sample-a" }));
            Assert.That(header.Tests.Select(t => t.Sample), Is.EqualTo(new[] { false, true, false, true }), "listed, or named sample*");
            Assert.That(header.Tests.Select(t => t.Points), Is.EqualTo(new[] { 1u, 1u, 5u, 1u }));
            Assert.That(header.Checker, Is.EqualTo(Checker.Testlib));
            Assert.That(header.CheckerSettings.Files.Select(f => f.Name), Is.EqualTo(new[] { "check.cpp", "testlib.h" }), "every file of checker/ when none are listed");
            Assert.That(header.Solutions.Single().Name, Is.EqualTo("solutions/ref.cpp"));
            Assert.That(header.Solutions.Single().ExpectedVerdict, Is.EqualTo(Verdict.Accepted), "ACCEPTED by default");
        });
    }

    private const string ValidJson = """
        {
          "id": "bad", "title": "Bad", "time_limit_ms": 1000, "memory_limit_mib": 64,
          "groups": [{ "name": "all", "points": 100, "tests": ["0*"] }],
          "solutions": [{ "file": "ref.py", "language": "python", "expected_verdict": "ACCEPTED", "reference": true }]
        }
        """;

    public static IEnumerable<TestCaseData> BadPackages()
    {
        TestCaseData Json(Func<string, string> edit, string message, string name) =>
            new TestCaseData((Action<string>)(d => File.WriteAllText(Path.Combine(d, "problem.json"), edit(ValidJson))), message).SetName($"A bad package: {name}");
        TestCaseData Files(Action<string> change, string message, string name) => new TestCaseData(change, message).SetName($"A bad package: {name}");

        yield return Files(d => File.Delete(Path.Combine(d, "problem.json")), "problem.json: missing", "no problem.json");
        yield return Json(_ => "{ \"id\": ", "problem.json: not valid JSON (line 1", "broken JSON");
        yield return Json(j => j.Replace("\"time_limit_ms\": 1000", "\"time_limit_ms\": \"1s\""),
            "problem.json: time_limit_ms: must be a whole number from 0 to 4294967295", "a string for a number");
        yield return Json(j => j.Replace("\"title\": \"Bad\", ", ""), "problem.json: title: is required", "no title");
        yield return Json(j => j.Replace("\"memory_limit_mib\"", "\"memory_limit_mb\": 64, \"memory_limit_mib\""),
            "problem.json: memory_limit_mb: unknown field", "a misspelt field");
        yield return Json(j => j.Replace("\"ACCEPTED\"", "\"OK\""),
            "problem.json: solutions[0].expected_verdict: 'OK' is not a verdict a solution can expect; use one of ACCEPTED or AC, WRONG_ANSWER or WA", "an unknown verdict");
        yield return Json(j => j.Replace("\"ref.py\"", "\"../ref.py\""), "problem.json: solutions[0].file: '../ref.py' must be a file name inside solutions/", "a solution outside solutions/");
        yield return Json(j => j.Replace("\"ref.py\"", "\"brute.py\""), "solutions/brute.py: missing (named by problem.json solutions[0].file)", "a missing solution file");
        yield return Json(j => j.Replace("\"0*\"", "\"hard-*\""), "problem.json: groups[0].tests[0]: 'hard-*' matches no test in tests/", "a group matching no test");
        yield return Json(j => j.Replace("\"groups\"", "\"samples\": [\"9\"], \"groups\""), "problem.json: samples[0]: no test '9' in tests/ (tests/9.in)", "an unknown sample");
        yield return Json(j => j.Replace("\"groups\"", "\"checker\": { \"kind\": \"float\" }, \"groups\""),
            "problem.json: checker.kind: 'float' is not one of tokens, exact, lines, floats", "an unknown checker kind");
        yield return Json(j => j.Replace("\"groups\"", "\"scoring\": \"subtasks\", \"groups\""), "problem.json: scoring: 'subtasks' is not one of per_test, groups", "an unknown scoring");
        yield return Files(d => File.Delete(Path.Combine(d, "tests", "02.out")), "tests/02.out: missing: tests/02.in has no expected output", "an input without output");
        yield return Files(d => File.WriteAllText(Path.Combine(d, "tests", "03.ans"), "3"), "tests/03.ans: not a test file", "a stray file in tests/");
        yield return Files(d => Directory.Delete(Path.Combine(d, "tests"), recursive: true), "tests/: missing", "no tests/");
    }

    [TestCaseSource(nameof(BadPackages))]
    public void A_bad_package_is_refused_naming_the_file_and_field(Action<string> change, string message)
    {
        var directory = NewPackage(ValidJson);
        WriteTest(directory, "01", "1", "1");
        WriteTest(directory, "02", "2", "2");
        Write(directory, "solutions/ref.py", "print(input())\n");
        change(directory);

        var error = Assert.Throws<PackageException>(() => ProblemPackage.Read(directory));

        Assert.That(error!.Message, Does.StartWith(message));
    }

    private string NewPackage(string problemJson)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"judge-package-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        _directories.Add(directory);
        Write(directory, "problem.json", problemJson);
        return directory;
    }

    private static void WriteTest(string directory, string name, string input, string output)
    {
        Write(directory, $"tests/{name}.in", input + "\n");
        Write(directory, $"tests/{name}.out", output + "\n");
    }

    private static void Write(string directory, string file, string text)
    {
        var path = Path.Combine(directory, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
