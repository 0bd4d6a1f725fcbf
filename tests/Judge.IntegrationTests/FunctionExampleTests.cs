using Grpc.Core;
using Judge.Cli.Packages;
using Judge.Contracts.V1;
using Judge.Testbed;

namespace Judge.IntegrationTests;

/// <summary>
/// The example function-style packages of issue 25 (examples/: a design problem, a list, a tree, an in-place void
/// function, any valid answer through a program checker, any_order_depth 2) uploaded as they are (PutProblem checks
/// every test against the signature) and judged with each package's solutions/ in all ten language ids (pypy, java17
/// and java25 run python's and java's solutions, in their own runtimes): the correct one ACCEPTED on every test, the
/// wrong one and the null-returning one WRONG_ANSWER. The solutions of a language are judged at once.
/// </summary>
[NonParallelizable]
public class FunctionExampleTests
{
    public static readonly string[] Examples = ["lru-cache", "reverse-list", "invert-tree", "rotate-image", "find-peak", "group-anagrams"];

    private static readonly Dictionary<string, string> Extensions = new()
    {
        ["cpp"] = ".cpp", ["python"] = ".py", ["java"] = ".java", ["go"] = ".go",
        ["javascript"] = ".js", ["typescript"] = ".ts", ["csharp"] = ".cs",
    };

    // Where the null-returning solution's null reaches the checker as null, and the message on a sample says so.
    // Elsewhere there is no null to return (an int in C++, Java, Go or C#; a C++ vector; a Go nil slice, written [];
    // a null list or tree, which is the empty one) or the function returns nothing (rotate: the matrix is left as it is).
    private static readonly HashSet<(string Example, string Family)> NullSaysNull =
    [
        ("lru-cache", "python"), ("lru-cache", "javascript"), ("lru-cache", "typescript"),
        ("find-peak", "python"), ("find-peak", "javascript"), ("find-peak", "typescript"),
        ("group-anagrams", "python"), ("group-anagrams", "javascript"), ("group-anagrams", "typescript"),
        ("group-anagrams", "java"), ("group-anagrams", "csharp"),
    ];

    private JudgeHarness _judge = null!;

    // Per example, the upload's failure (null when it was stored).
    private readonly Dictionary<string, string?> _uploads = new();

    public static IEnumerable<TestCaseData> ExamplesAndLanguages =>
        from example in Examples
        from language in Programs.LanguageIds
        select new TestCaseData(example, language).SetArgDisplayNames(example, language);

    private static string Folder(string example) => Path.Combine(Repository.Root, "examples", example);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync();
        await _judge.WaitForLanguagesAsync(Programs.LanguageIds);
        foreach (var example in Examples)
        {
            _uploads[example] = await UploadAsync(example);
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    /// <summary>
    /// The package's header and tests under the id fn-example-NAME; with a program checker the reference solution
    /// goes along (the self-check proves the checker compiles and accepts it), the other solutions never do: they are
    /// judged below, one language at a time.
    /// </summary>
    private async Task<string?> UploadAsync(string example)
    {
        var package = ProblemPackage.Read(Folder(example));
        var header = package.Header.Clone();
        header.Id = $"fn-example-{example}";
        header.Solutions.Clear();
        if (header.Checker is Checker.Testlib or Checker.CsharpScript)
        {
            header.Solutions.Add(package.Header.Solutions.Single(s => s.Reference));
        }
        var tests = package.Tests.Select(t => new ProblemTest(File.ReadAllBytes(t.InputPath), t.ReadExpectedOutput())).ToList();
        try
        {
            await _judge.Problems.SendAsync(ProblemUploads.Messages(header, tests));
            return null;
        }
        catch (RpcException e)
        {
            return $"{e.StatusCode}: {e.Status.Detail}";
        }
    }

    private static string Source(string example, string language, string kind)
    {
        var family = Programs.FamilyOf(language);
        var path = Path.Combine(Folder(example), "solutions", kind + Extensions[family]);
        return File.Exists(path) ? File.ReadAllText(path) : throw new FileNotFoundException($"examples/{example} has no {kind}{Extensions[family]}", path);
    }

    [TestCaseSource(nameof(Examples))]
    public void Each_example_uploads_with_every_test_checked_against_its_signature(string example)
    {
        Assert.That(_uploads[example], Is.Null, $"examples/{example} was refused");
    }

    [Test]
    public void Every_language_has_a_correct_a_wrong_and_a_null_returning_solution_of_every_example()
    {
        var missing = (from example in Examples
                       from family in Extensions.Keys
                       from kind in new[] { "solution", "wrong", "null" }
                       where !File.Exists(Path.Combine(Folder(example), "solutions", kind + Extensions[family]))
                       where !(example == "find-peak" && kind == "null" && family is "cpp" or "java" or "go" or "csharp")
                       select $"{example}/solutions/{kind}{Extensions[family]}").ToList();

        Assert.That(missing, Is.Empty, "an int cannot be null in C++, Java, Go and C#: find-peak has no null solution there");
    }

    [TestCaseSource(nameof(ExamplesAndLanguages))]
    public async Task The_correct_solution_is_accepted_and_the_wrong_and_null_returning_ones_are_wrong_answers(string example, string language)
    {
        Assert.That(_uploads[example], Is.Null, $"examples/{example} was refused");
        var family = Programs.FamilyOf(language);
        var hasNull = File.Exists(Path.Combine(Folder(example), "solutions", "null" + Extensions[family]));
        var kinds = hasNull ? new[] { "solution", "wrong", "null" } : ["solution", "wrong"];

        var results = await Task.WhenAll(kinds.Select(kind => _judge.Judge.JudgeAsync($"fn-example-{example}", language, Source(example, language, kind))));

        var correct = results[0];
        Assert.Multiple(() =>
        {
            Assert.That(correct.Verdict, Is.EqualTo(Verdict.Accepted), $"solution: {correct}");
            Assert.That(correct.Tests, Has.Count.EqualTo(Directory.GetFiles(Path.Combine(Folder(example), "tests"), "*.in").Length));
            Assert.That(correct.Tests, Has.All.Property(nameof(TestResult.Verdict)).EqualTo(Verdict.Accepted), $"solution: {correct}");
            var wrong = results[1];
            Assert.That(wrong.Verdict, Is.EqualTo(Verdict.WrongAnswer), $"wrong: {wrong}");
            if (hasNull)
            {
                var returnedNull = results[2];
                Assert.That(returnedNull.Verdict, Is.EqualTo(Verdict.WrongAnswer), $"null: {returnedNull}");
                if (NullSaysNull.Contains((example, family)))
                {
                    var sample = returnedNull.Tests.FirstOrDefault(t => t.Sample && t.Verdict == Verdict.WrongAnswer);
                    Assert.That(sample?.CheckerMessage, Does.Contain("null").IgnoreCase.Or.Contain("None"), $"null: {returnedNull}");
                }
            }
        });
    }
}
