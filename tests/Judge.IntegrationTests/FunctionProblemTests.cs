using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Judge.Cli.Packages;
using Judge.Contracts.V1;
using Judge.Testbed;

namespace Judge.IntegrationTests;

/// <summary>
/// Function-style problems (docs/function-problems.md) through the real API, Redis, worker and compilers, in every
/// language with a harness (<see cref="FunctionSources.Languages"/>): the candidate writes a function, the harness
/// reads the arguments, calls it and reports the return value through its own channel. examples/two-sum is uploaded
/// with a hidden test of 10^6 ints; an echo problem per scalar type round-trips each type as a value, an array and an
/// array of arrays, in both directions.
/// </summary>
[NonParallelizable]
public class FunctionProblemTests
{
    private const int LargeCount = 1_000_000;

    private static readonly string TwoSumFolder = Path.Combine(Repository.Root, "examples", "two-sum");

    // Per scalar type: the arguments a, b, c of echo(T a, T[] b, T[][] c) and what it returns: [[a], b, ...c].
    // Longs stay within 2^53, which JavaScript holds exactly; strings carry escapes, a surrogate pair and UTF-8.
    private static readonly Dictionary<string, (string Input, string Expected)> EchoTests = new()
    {
        ["int"] = ("-2147483648\n[2147483647,0, -1]\n[[1],[],[2,3]]\n", "[[-2147483648],[2147483647,0,-1],[1],[],[2,3]]"),
        ["long"] = ("-9007199254740991\n[4000000000123]\n[[]]\n", "[[-9007199254740991],[4000000000123],[]]"),
        ["double"] = ("0.1\n[1e300, -2.5, 3]\n[[1.5e-300],[0]]\n", "[[0.1],[1e300,-2.5,3],[1.5e-300],[0]]"),
        ["bool"] = ("true\n[false,true]\n[[true],[]]\n", "[[true],[false,true],[true],[]]"),
        ["string"] = ("\"say \\\"hi\\\"\\\\ \\n\\t\"\n[\"\", \"h\\u00e9llo \\ud83d\\ude00\", \"ß → ∑\"]\n[[\"x\"],[]]\n",
            "[[\"say \\\"hi\\\"\\\\ \\n\\t\"],[\"\",\"héllo 😀\",\"ß → ∑\"],[\"x\"],[]]"),
    };

    private JudgeHarness _judge = null!;

    public static IEnumerable<string> Languages => FunctionSources.Languages.Keys;

    public static IEnumerable<TestCaseData> LanguagesAndTypes =>
        from language in FunctionSources.Languages.Keys
        from type in EchoTests.Keys
        select new TestCaseData(language, type).SetArgDisplayNames(language, type);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync();
        await _judge.WaitForLanguagesAsync(FunctionSources.Languages.Keys);
        var package = ProblemPackage.Read(TwoSumFolder);
        var tests = package.Tests.Select(t => new ProblemTest(File.ReadAllBytes(t.InputPath), t.ReadExpectedOutput(), t.Name.StartsWith("sample"))).ToList();
        tests.Add(LargeTwoSumTest());
        // What a Python candidate gets for the example: its 1 s times Python's 3x multiplier (the suite runs every
        // language at 1x). CPython spends 0.5-1.05 s of CPU on 10^6 ints here (parse, dict), depending on the VM.
        await _judge.Problems.PutAsync("fn-two-sum", tests, header =>
        {
            header.Signature = package.Header.Signature;
            header.Statement = package.Header.Statement;
        }, timeLimitMs: 3000, memoryLimitMib: 256);
        foreach (var (type, (input, expected)) in EchoTests)
        {
            await _judge.Problems.PutAsync($"fn-echo-{type}", [ProblemTest.Text(input, expected, sample: true)], header => header.Signature = new Signature
            {
                FunctionName = "echo",
                Parameters = { new Parameter { Name = "a", Type = type }, new Parameter { Name = "b", Type = type + "[]" }, new Parameter { Name = "c", Type = type + "[][]" } },
                ReturnType = type + "[][]",
            }, memoryLimitMib: 256);  // PyPy alone takes about 64 MiB: the test is of types, not of memory
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    /// <summary>10^6 distinct ints, the pair at the very end.</summary>
    private static ProblemTest LargeTwoSumTest()
    {
        var input = new StringBuilder(8 * LargeCount).Append('[');
        for (var i = 0; i < LargeCount - 2; i++)
        {
            input.Append(i * 2 + 10).Append(',');
        }
        input.Append("1,3]\n4\n");
        return ProblemTest.Text(input.ToString(), $"[{LargeCount - 2},{LargeCount - 1}]");
    }

    private static string Source(string language, Func<FunctionSources, string> pick) => pick(FunctionSources.Languages[language]);

    [TestCaseSource(nameof(Languages))]
    public async Task The_examples_solution_is_accepted_on_every_test_including_an_array_of_a_million_ints(string language)
    {
        var source = await File.ReadAllTextAsync(Path.Combine(TwoSumFolder, "solutions", "solution" + FunctionSources.Languages[language].Extension));

        var result = await _judge.Judge.JudgeAsync("fn-two-sum", language, source);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
            Assert.That(result.Tests, Has.Count.EqualTo(6), "the package's five tests and 10^6 ints");
            Assert.That(result.Tests, Has.All.Property(nameof(TestResult.Verdict)).EqualTo(Verdict.Accepted));
        });
    }

    [TestCaseSource(nameof(Languages))]
    public async Task Debug_prints_are_shown_on_samples_and_never_corrupt_the_return_value(string language)
    {
        var source = Source(language, s => s.DebugPrint);

        var submitted = await _judge.Judge.JudgeAsync("fn-two-sum", language, source);
        var run = await _judge.Judge.JudgeAsync("fn-two-sum", language, source, SubmitMode.Run);

        Assert.Multiple(() =>
        {
            Assert.That(submitted.Verdict, Is.EqualTo(Verdict.Accepted), submitted.ToString());
            Assert.That(run.Verdict, Is.EqualTo(Verdict.Accepted), run.ToString());
            var sample = run.Tests[0];
            Assert.That(sample.Output.ToStringUtf8(), Does.Contain("debug: looking for 9").And.Contain("[9,9]"), "the candidate's prints, on stdout");
            Assert.That(sample.ReturnValue.ToStringUtf8().Replace(" ", ""), Is.EqualTo("[0,1]"), "the return value, through its own channel");
        });
    }

    [TestCaseSource(nameof(Languages))]
    public async Task A_wrong_return_value_is_a_wrong_answer_and_the_sample_says_where(string language)
    {
        var result = await _judge.Judge.JudgeAsync("fn-two-sum", language, Source(language, s => s.WrongAnswer), SubmitMode.Run);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer), result.ToString());
            Assert.That(result.Tests[0].CheckerMessage, Is.EqualTo("in sorted order, at [1]: expected 1, got 3"), "sample [2,7,11,15] 9: [0,1] against [0,3]");
        });
    }

    [TestCaseSource(nameof(Languages))]
    public async Task A_wrong_signature_is_a_compilation_error_in_the_candidates_own_lines(string language)
    {
        var sources = FunctionSources.Languages[language];

        var result = await _judge.Judge.JudgeAsync("fn-two-sum", language, sources.WrongSignature);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.CompilationError), result.ToString());
            Assert.That(result.CompileOutput, Does.Contain(sources.WrongSignatureMessage));
            Assert.That(result.CompileOutput, Does.Not.Contain("judge").IgnoreCase, "nothing of the harness");
        });
    }

    [TestCaseSource(nameof(LanguagesAndTypes))]
    public async Task Each_type_round_trips_as_a_value_an_array_and_an_array_of_arrays(string language, string type)
    {
        var spelling = new Domain.Functions.SignatureType(Enum.Parse<Domain.Functions.ScalarType>(type, ignoreCase: true), 0);
        var name = Domain.Functions.FunctionLanguages.Load().TryGet(Programs.FamilyOf(language), out var row) ? row.TypeName(spelling) : type;

        var result = await _judge.Judge.JudgeAsync($"fn-echo-{type}", language, Source(language, s => s.Echo).Replace("{T}", name), SubmitMode.Run);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), $"{result.Tests.FirstOrDefault()?.CheckerMessage}\n{result}");
    }

    [TestCaseSource(nameof(Languages))]
    public async Task A_custom_input_run_takes_the_arguments_in_the_tests_format(string language)
    {
        var request = SubmissionCalls.Request("fn-two-sum", language, Source(language, s => s.DebugPrint), SubmitMode.Run);
        request.CustomInput = ByteString.CopyFromUtf8("[5, 1, 4]\n9\n");

        var result = await _judge.Judge.JudgeAsync(request);

        var custom = result.Tests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(custom.Custom, Is.True);
            Assert.That(custom.Verdict, Is.EqualTo(Verdict.NotChecked), "no reference solution");
            Assert.That(custom.ReturnValue.ToStringUtf8().Replace(" ", ""), Is.EqualTo("[0,2]"));
            Assert.That(custom.Output.ToStringUtf8(), Does.Contain("debug: looking for 9"));
        });
    }

    // A candidate may keep the main of a local test in the solution file; the harness's stays the program's entry point.
    private static readonly Dictionary<string, string> SolutionsWithTheirOwnMain = new()
    {
        ["java"] = """
            public class Solution {
                public int[] twoSum(int[] nums, int target) {
                    for (int i = 0; i < nums.length; i++)
                        for (int j = i + 1; j < nums.length; j++)
                            if (nums[i] + nums[j] == target) return new int[] { i, j };
                    return new int[0];
                }

                public static void main(String[] args) {
                    System.out.println("the candidate's main");
                }
            }
            """,
        ["csharp"] = """
            public class Solution
            {
                public int[] TwoSum(int[] nums, int target)
                {
                    for (var i = 0; i < nums.Length; i++)
                        for (var j = i + 1; j < nums.Length; j++)
                            if (nums[i] + nums[j] == target) return [i, j];
                    return [];
                }
            }

            public static class Program
            {
                public static void Main() => Console.WriteLine("the candidate's main");
            }
            """,
    };

    [TestCase("java")]
    [TestCase("csharp")]
    public async Task A_solution_with_its_own_main_is_still_called_through_the_harness(string language)
    {
        var result = await _judge.Judge.JudgeAsync("fn-two-sum", language, SolutionsWithTheirOwnMain[language], SubmitMode.Run);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
            Assert.That(result.Tests[0].Output.ToStringUtf8(), Does.Not.Contain("the candidate's main"));
        });
    }

    [Test]
    public async Task A_custom_input_run_is_checked_against_the_reference_functions_return_value()
    {
        var package = ProblemPackage.Read(TwoSumFolder);
        var reference = package.Header.Solutions.Single(s => s.Reference);
        var tests = package.Tests.Select(t => new ProblemTest(File.ReadAllBytes(t.InputPath), t.ReadExpectedOutput(), t.Name.StartsWith("sample"))).ToList();
        await _judge.Problems.PutAsync("fn-two-sum-reference", tests, header =>
        {
            header.Signature = package.Header.Signature;
            header.Solutions.Add(reference);
        }, memoryLimitMib: 256);
        var right = SubmissionCalls.Request("fn-two-sum-reference", "python", "def two_sum(nums, target):\n    return [1, 0]\n", SubmitMode.Run);
        right.CustomInput = ByteString.CopyFromUtf8("[4, 5]\n9\n");
        var wrong = right.Clone();
        wrong.CustomInput = ByteString.CopyFromUtf8("[4, 1, 5]\n9\n");

        var accepted = (await _judge.Judge.JudgeAsync(right)).Tests.Single();
        var rejected = (await _judge.Judge.JudgeAsync(wrong)).Tests.Single();

        Assert.Multiple(() =>
        {
            Assert.That(accepted.Verdict, Is.EqualTo(Verdict.Accepted), accepted.ToString());
            Assert.That(accepted.ExpectedOutput.ToStringUtf8(), Is.EqualTo("[0,1]"), "the reference's return value");
            Assert.That(rejected.Verdict, Is.EqualTo(Verdict.WrongAnswer), rejected.ToString());
            Assert.That(rejected.CheckerMessage, Is.EqualTo("in sorted order, at [1]: expected 2, got 1"));
        });
    }

    [Test]
    public void A_malformed_custom_input_is_refused_naming_the_line_and_the_parameter()
    {
        var request = SubmissionCalls.Request("fn-two-sum", "python", "def two_sum(nums, target):\n    return [0, 1]\n", SubmitMode.Run);
        request.CustomInput = ByteString.CopyFromUtf8("[1, 2]\nnine\n");

        var refused = Assert.ThrowsAsync<RpcException>(async () => await _judge.Judge.SubmitAsync(request));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(refused.Status.Detail, Does.StartWith("custom_input: line 2 (target): not valid JSON"));
        });
    }

    [Test]
    public async Task A_python_solution_without_the_function_or_returning_none_is_told_so()
    {
        var missing = await _judge.Judge.JudgeAsync("fn-two-sum", "python", "def twoSums(nums, target):\n    return [0, 1]\n");
        var none = await _judge.Judge.JudgeAsync("fn-two-sum", "python", "def two_sum(nums, target):\n    print('forgot to return')\n", SubmitMode.Run);

        Assert.Multiple(() =>
        {
            Assert.That(missing.Verdict, Is.EqualTo(Verdict.CompilationError));
            Assert.That(missing.CompileOutput.Trim(), Is.EqualTo("solution.py: no function two_sum(nums, target) is defined"));
            Assert.That(none.Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(none.Tests[0].CheckerMessage, Is.EqualTo("the function returned null (None, undefined, nil) instead of an int[]"));
        });
    }

    [Test]
    public async Task A_javascript_solution_without_the_function_with_a_syntax_error_or_returning_undefined_is_told_so()
    {
        var missing = await _judge.Judge.JudgeAsync("fn-two-sum", "javascript", "function twoSums(nums, target) {\n  return [0, 1];\n}\n");
        var syntax = await _judge.Judge.JudgeAsync("fn-two-sum", "javascript", "function twoSum(nums, target) {\n  return [0, 1;\n}\n");
        var undefinedReturn = await _judge.Judge.JudgeAsync("fn-two-sum", "javascript", "const twoSum = (nums, target) => {\n  console.log('forgot to return');\n};\n", SubmitMode.Run);

        Assert.Multiple(() =>
        {
            Assert.That(missing.Verdict, Is.EqualTo(Verdict.CompilationError));
            Assert.That(missing.CompileOutput.Trim(), Is.EqualTo("solution.js: no function twoSum(nums, target) is defined"));
            Assert.That(syntax.Verdict, Is.EqualTo(Verdict.CompilationError));
            Assert.That(syntax.CompileOutput, Does.StartWith("/w/solution.js:2\n").And.Contain("SyntaxError: Unexpected token ';'"));
            Assert.That(syntax.CompileOutput, Does.Not.Contain("main.js").And.Not.Contain(" at "), "no trace through the harness");
            Assert.That(undefinedReturn.Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(undefinedReturn.Tests[0].CheckerMessage, Is.EqualTo("the function returned null (None, undefined, nil) instead of an int[]"));
        });
    }

    [Test]
    public async Task A_go_solution_in_another_package_or_a_typescript_one_without_the_function_is_a_compilation_error()
    {
        var go = await _judge.Judge.JudgeAsync("fn-two-sum", "go", "package solution\n\nfunc twoSum(nums []int, target int) []int {\n\treturn nil\n}\n");
        var typescript = await _judge.Judge.JudgeAsync("fn-two-sum", "typescript", "function twoSums(nums: number[], target: number): number[] {\n  return [0, 1];\n}\n");

        Assert.Multiple(() =>
        {
            Assert.That(go.Verdict, Is.EqualTo(Verdict.CompilationError));
            Assert.That(go.CompileOutput, Does.Contain("solution.go:1:1: package solution; expected package main"));
            Assert.That(typescript.Verdict, Is.EqualTo(Verdict.CompilationError));
            Assert.That(typescript.CompileOutput, Does.Contain("solution.ts: no function twoSum is declared; the required declaration is: function twoSum(nums: number[], target: number): number[]"));
            Assert.That(go.CompileOutput + typescript.CompileOutput, Does.Not.Contain("judge").IgnoreCase, "nothing of the harness");
        });
    }

    [Test]
    public async Task The_untouched_cpp_stub_is_a_compilation_error_naming_the_missing_return_not_a_crash()
    {
        var problem = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "fn-two-sum" });
        var stub = problem.Stubs.Single(s => s.Language == "cpp").Source;

        var result = await _judge.Judge.JudgeAsync("fn-two-sum", "cpp", stub, SubmitMode.Run);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.CompilationError));
            Assert.That(result.CompileOutput, Does.Contain("no return statement in function returning non-void"));
        });
    }

    [Test]
    public async Task GetProblem_shows_the_signature_and_a_stub_per_language()
    {
        var problem = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "fn-two-sum" });

        var stubs = problem.Stubs.ToDictionary(s => s.Language, s => s.Source);
        Assert.Multiple(() =>
        {
            Assert.That(problem.Signature.FunctionName, Is.EqualTo("twoSum"));
            Assert.That(stubs.Keys, Is.SupersetOf(FunctionSources.Languages.Keys));
            Assert.That(stubs["cpp"], Does.Contain("vector<int> twoSum(vector<int>& nums, int target) {"));
            Assert.That(stubs["python"], Does.Contain("def two_sum(nums: List[int], target: int) -> List[int]:"));
            Assert.That(stubs["java"], Does.Contain("public int[] twoSum(int[] nums, int target) {"));
            Assert.That(stubs["go"], Does.Contain("func twoSum(nums []int, target int) []int {"));
            Assert.That(stubs["javascript"], Does.Contain(" * @param {number[]} nums\n * @param {number} target\n * @return {number[]}\n */\nfunction twoSum(nums, target) {"));
            Assert.That(stubs["typescript"], Does.Contain("function twoSum(nums: number[], target: number): number[] {"));
            Assert.That(stubs["csharp"], Does.Contain("public int[] TwoSum(int[] nums, int target)"));
            Assert.That(problem.Samples[0].Input.ToStringUtf8(), Is.EqualTo("[2,7,11,15]\n9\n"));
        });
    }

    private static Signature TwoSum() => new()
    {
        FunctionName = "twoSum",
        Parameters = { new Parameter { Name = "nums", Type = "int[]" }, new Parameter { Name = "target", Type = "int" } },
        ReturnType = "int[]",
    };

    [TestCase("type", "signature.parameters[1].type ('target'): 'integer' is not a type")]
    [TestCase("duplicate", "signature.parameters[1].name: 'nums' is the same name as 'nums'")]
    [TestCase("keyword", "signature.parameters[1].name: 'func' is a keyword or reserved name in one of the languages")]
    [TestCase("function", "signature.function_name: 'two_sum' is not a name")]
    [TestCase("argument", "test 1 input: line 2 (target): expected int, found 2.5")]
    [TestCase("answer", "test 0 expected output (the return value): at [1]: expected int, found a string")]
    [TestCase("lines", "test 1 input: expected 2 line(s), one JSON value per parameter (nums, target); found 1")]
    [TestCase("checker", "checker: a function-style problem (one with a signature) is judged by its return value (RETURN_VALUE) or a program checker (TESTLIB, CSHARP_SCRIPT), not Tokens")]
    public async Task A_bad_signature_or_test_is_refused_naming_the_field_and_nothing_is_stored(string fault, string message)
    {
        var id = $"fn-bad-{fault}";
        var signature = TwoSum();
        ProblemTest[] tests = [ProblemTest.Text("[1,2]\n3\n", "[0,1]"), ProblemTest.Text("[1,2]\n3\n", "[0,1]")];
        switch (fault)
        {
            case "type": signature.Parameters[1].Type = "integer"; break;
            case "duplicate": signature.Parameters[1].Name = "nums"; break;
            case "keyword": signature.Parameters[1].Name = "func"; break;
            case "function": signature.FunctionName = "two_sum"; break;
            case "argument": tests[1] = ProblemTest.Text("[1,2]\n2.5\n", "[0,1]"); break;
            case "answer": tests[0] = ProblemTest.Text("[1,2]\n3\n", "[0,\"1\"]"); break;
            case "lines": tests[1] = ProblemTest.Text("[1,2]\n", "[0,1]"); break;
        }

        var refused = Assert.ThrowsAsync<RpcException>(async () => await _judge.Problems.PutAsync(id, tests, header =>
        {
            header.Signature = signature;
            header.Checker = fault == "checker" ? Checker.Tokens : Checker.Unspecified;
        }));
        var lookup = Assert.ThrowsAsync<RpcException>(async () => await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = id }));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(refused.Status.Detail, Does.StartWith(message));
            Assert.That(lookup!.StatusCode, Is.EqualTo(StatusCode.NotFound), "nothing stored");
        });
    }
}
