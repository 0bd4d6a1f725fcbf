using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>TypeScript is type-checked before it runs: a type error is a COMPILATION_ERROR with tsc's message.</summary>
[NonParallelizable]
public class TypeScriptTests
{
    [Test]
    public async Task A_type_error_is_a_compilation_error_with_the_compilers_message()
    {
        await using var judge = await JudgeHarness.StartAsync();
        await judge.Problems.PutAsync("ts", [ProblemTest.Text("1 2\n", "3\n", sample: true)]);
        var result = await judge.Judge.JudgeAsync("ts", "typescript", Programs.Get("typescript", "typeerror"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.CompilationError));
            Assert.That(result.CompileOutput, Does.Contain("error TS2322"));
            Assert.That(result.Tests, Is.Empty);
        });
    }
}
