using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>What each language's candidates expect beyond the matrix: class names, language versions, idioms.</summary>
[NonParallelizable]
public class LanguageFeatureTests
{
    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync();
        await _judge.Problems.PutAsync("sum", [ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text("40 2\n", "42\n")]);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    [TestCase("cpp", "cpp23", TestName = "C++: std::println and std::ranges::to (C++23, GCC 14)")]
    [TestCase("java", "solution_class", TestName = "Java: a public class of any name, with a helper class")]
    [TestCase("java25", "solution_class", TestName = "Java 25: a public class of any name, with a helper class")]
    [TestCase("java17", "solution_class", TestName = "Java 17: a public class of any name, with a helper class")]
    [TestCase("java", "java21", TestName = "Java: record patterns in a switch and a sequenced collection (Java 21)")]
    [TestCase("java25", "java21", TestName = "Java 25: record patterns in a switch and a sequenced collection")]
    [TestCase("go", "generics", TestName = "Go: generics, min, max and slices (Go 1.21+)")]
    [TestCase("javascript", "readline", TestName = "JavaScript: a readline line reader")]
    [TestCase("csharp", "classic_main", TestName = "C#: a classic static Main in a namespace")]
    public async Task Is_accepted(string language, string program)
    {
        var result = await _judge.Judge.JudgeAsync("sum", language, Programs.Get(language, program));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
    }

    [Test]
    public async Task TypeScript_type_error_is_a_compilation_error_with_the_compilers_message()
    {
        var result = await _judge.Judge.JudgeAsync("sum", "typescript", Programs.Get("typescript", "typeerror"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.CompilationError));
            Assert.That(result.CompileOutput, Does.Contain("error TS2322"));
            Assert.That(result.Tests, Is.Empty);
        });
    }
}
