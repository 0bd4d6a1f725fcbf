using System.Text;
using Judge.Contracts.V1;
using Judge.Domain.Functions;
using Judge.Worker.Checking;
using Judge.Worker.Functions;

namespace Judge.UnitTests;

/// <summary>CHECKER_RETURN_VALUE and the candidate-facing rewrite of a function-style program's compile errors.</summary>
public class ReturnValueCheckerTests
{
    private static ReturnValueChecker Checker(string type, bool anyOrder = false, double absolute = 0, double relative = 0, int depth = 0) =>
        SignatureType.TryParse(type, out var parsed) ? new ReturnValueChecker(parsed, depth > 0 ? depth : anyOrder ? 1 : 0, absolute, relative) : throw new ArgumentException(type);

    private static CheckResult Compare(ReturnValueChecker checker, string expected, string actual) =>
        checker.Compare(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    [TestCase("int[]", "[1,2,3]", "[1, 2, 3]")]
    [TestCase("double", "0.1", "0.10000000000000001")]
    [TestCase("string", "\"h\\u00e9\"", "\"hé\"")]
    [TestCase("bool[][]", "[[true],[]]", "[[true], []]")]
    [TestCase("long", "9223372036854775807", "9223372036854775807")]
    public void Equal_values_are_accepted_whatever_their_spelling(string type, string expected, string actual) =>
        Assert.That(Compare(Checker(type), expected, actual).Verdict, Is.EqualTo(Verdict.Accepted));

    [TestCase("int[]", "[1,2,3]", "[1,2]", "expected 3 elements, got 2")]
    [TestCase("int[][]", "[[1],[2,3]]", "[[1],[2,4]]", "at [1][1]: expected 3, got 4")]
    [TestCase("int", "5", "true", "the return value is not an int: expected int, found true")]
    [TestCase("int[]", "[1]", "null", "the function returned null (None, undefined, nil) instead of an int[]")]
    [TestCase("string", "\"a\"", "", "no return value: the program ended before the function returned")]
    [TestCase("double", "1.5", "NaN", "expected 1.5, got NaN")]
    [TestCase("double[]", "[Infinity]", "[-Infinity]", "at [0]: expected Infinity, got -Infinity")]
    [TestCase("string[]", "[\"a\",\"b\"]", "[\"a\",\"\\ud800x\"]", "the function returned a string that is not valid Unicode at [1] (a lone surrogate or invalid UTF-8)")]
    [TestCase("char[][]", "[[\"a\"]]", "[[\"ab\"]]", "the return value is not a char[][]: at [0][0]: expected char, found \"ab\"")]
    [TestCase("int[][][]", "[[[1]],[]]", "[[[1]],[[]]]", "at [1]: expected 0 elements, got 1")]
    [TestCase("string[]", "[\"a\"]", "[null]", "at [0]: expected \"a\", got null")]
    public void A_different_value_is_a_wrong_answer_saying_where(string type, string expected, string actual, string message)
    {
        var result = Compare(Checker(type), expected, actual);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(result.Message, Does.StartWith(message));
        });
    }

    [Test]
    public void Doubles_are_within_the_tolerance_and_arrays_in_any_order_when_asked()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Compare(Checker("double", absolute: 1e-6), "1.0", "1.0000005").Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(Compare(Checker("double", absolute: 1e-6), "1.0", "1.00001").Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(Compare(Checker("int[]", anyOrder: true), "[3,1,2]", "[1,2,3]").Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(Compare(Checker("int[]"), "[3,1,2]", "[1,2,3]").Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(Compare(Checker("int[][]", anyOrder: true), "[[1,2],[0]]", "[[0],[1,2]]").Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(Compare(Checker("int[][]", anyOrder: true), "[[1,2],[0]]", "[[0],[2,1]]").Verdict, Is.EqualTo(Verdict.WrongAnswer), "rows keep their order");
            Assert.That(Compare(Checker("int[]", anyOrder: true), "[1,1,2]", "[1,2,2]").Verdict, Is.EqualTo(Verdict.WrongAnswer), "a multiset");
        });
    }

    [Test]
    public void Invalid_utf8_in_a_returned_string_is_a_wrong_answer_naming_the_place()
    {
        var actual = "[\"ok\",\"x?\"]"u8.ToArray();
        actual[8] = 0xFF;
        var result = Checker("string[]").Compare("[\"ok\",\"xy\"]"u8, actual);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(result.Message, Does.StartWith("the function returned a string that is not valid Unicode at [1]"));
        });
    }

    [Test]
    public void Non_finite_doubles_equal_themselves_only()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Compare(Checker("double"), "NaN", "NaN").Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(Compare(Checker("double[]", absolute: 1e-6), "[Infinity,-Infinity,1]", "[Infinity, -Infinity, 1.0000001]").Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(Compare(Checker("double"), "Infinity", "1e308").Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(Compare(Checker("string"), "\"NaN\"", "\"NaN\"").Verdict, Is.EqualTo(Verdict.Accepted), "a string NaN stays a string");
            Assert.That(Compare(Checker("int"), "1", "NaN").Verdict, Is.EqualTo(Verdict.WrongAnswer));
        });
    }

    [Test]
    public void Any_order_reaches_as_deep_as_asked()
    {
        const string groups = "[[\"eat\",\"tea\",\"ate\"],[\"tan\",\"nat\"],[\"bat\"]]";
        const string shuffled = "[[\"bat\"],[\"nat\",\"tan\"],[\"ate\",\"eat\",\"tea\"]]";
        Assert.Multiple(() =>
        {
            Assert.That(Compare(Checker("string[][]", depth: 2), groups, shuffled).Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(Compare(Checker("string[][]", depth: 1), groups, shuffled).Verdict, Is.EqualTo(Verdict.WrongAnswer), "depth 1 keeps each group's order");
            Assert.That(Compare(Checker("string[][]", depth: 2), groups, "[[\"bat\"],[\"nat\",\"tan\",\"tan\"],[\"ate\",\"eat\",\"tea\"]]").Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(Compare(Checker("int[][][]", depth: 3), "[[[1,2],[3]],[[4]]]", "[[[4]],[[3],[2,1]]]").Verdict, Is.EqualTo(Verdict.Accepted));
        });
    }

    [Test]
    public void The_value_reader_never_throws_on_mangled_input()
    {
        // Fuzz: every prefix, and single-byte changes of valid values, of every kind and depth; a deterministic seed.
        var random = new Random(25);
        string[] types = ["int", "long[]", "double[][]", "bool[]", "string[][]", "char[]", "int[][][]"];
        string[] seeds = ["[[1,2],[3]]", "[\"a\\u00e9\\ud83d\\ude00\",null]", "[1e308,-0.5,NaN,Infinity]", "[[[\"x\"]],[[]]]", "[true,false]", "9223372036854775807", "\"\\ud800\""];
        var bytes = new byte[] { 0, (byte)'"', (byte)'\\', (byte)'[', (byte)']', (byte)',', (byte)'N', (byte)'I', (byte)'-', (byte)'e', 0x80, 0xC3, 0xED, 0xFF };
        foreach (var type in types)
        {
            Assert.That(SignatureType.TryParse(type, out var parsed), Is.True);
            foreach (var seed in seeds)
            {
                var data = Encoding.UTF8.GetBytes(seed);
                for (var end = 0; end <= data.Length; end++)
                {
                    Assert.DoesNotThrow(() => FunctionValues.TryParse(parsed!, data.AsSpan(0, end), allowNull: true, out _, out _, allowNonFinite: true));
                }
                for (var i = 0; i < 200; i++)
                {
                    var copy = (byte[])data.Clone();
                    copy[random.Next(copy.Length)] = bytes[random.Next(bytes.Length)];
                    Assert.DoesNotThrow(() => FunctionValues.TryParse(parsed!, copy, allowNull: random.Next(2) == 0, out _, out _, allowNonFinite: random.Next(2) == 0),
                        Encoding.UTF8.GetString(copy));
                }
            }
        }
    }

    [Test]
    public void An_expected_output_that_does_not_parse_is_a_checker_failure()
    {
        var result = Compare(Checker("int"), "\"x\"", "1");
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.InternalError));
            Assert.That(result.Failure, Is.EqualTo("the expected output is not a return value of the signature"));
        });
    }

    private static readonly FunctionHarness Harness = new("solution.cpp", "main.cpp", "twoSum", "vector<int> twoSum(vector<int>& nums, int target)",
        "#include <vector>\nusing namespace std;\n\nvector<int> twoSum(vector<int> nums) {\n  return {};\n}\n");

    [Test]
    public void Compile_errors_in_the_harness_become_one_line_in_the_candidates_terms()
    {
        const string output = """
            In file included from /w/main.cpp:170:
            /w/solution.cpp:5:3: warning: unused variable 'x'
                5 |   int x;
                  |       ^
            /w/main.cpp: In function 'int main()':
            /w/main.cpp:181:39: error: too many arguments to function 'std::vector<int> twoSum(std::vector<int>)'
              181 |     vector<int> result = twoSum(arg0, arg1);
                  |                          ~~~~~~^~~~~~~~~~~~
            /w/solution.cpp:4:13: note: declared here
                4 | vector<int> twoSum(vector<int> nums) {
                  |             ^~~~~~
            """;

        var rewritten = HarnessDiagnostics.Rewrite(output, Harness);

        Assert.Multiple(() =>
        {
            Assert.That(rewritten, Does.StartWith("solution.cpp:4: twoSum does not match the required declaration: vector<int> twoSum(vector<int>& nums, int target)\n"));
            Assert.That(rewritten, Does.Contain("/w/solution.cpp:5:3: warning: unused variable 'x'\n    5 |   int x;"));
            Assert.That(rewritten, Does.Contain("/w/solution.cpp:4:13: note: declared here"));
            Assert.That(rewritten, Does.Not.Contain("main.cpp").And.Not.Contain("arg0"), "nothing of the harness");
        });
    }

    [Test]
    public void A_function_the_candidate_never_declared_is_named_as_missing()
    {
        var rewritten = HarnessDiagnostics.Rewrite("Main.java:12: error: cannot find symbol\n    int[] result = new Solution().twoSum(arg0, arg1);\n1 error\n",
            Harness with { SolutionFile = "Solution.java", HarnessFile = "Main.java", CandidateSource = "class Solution {}\n" });

        Assert.That(rewritten.Trim(), Is.EqualTo("Solution.java: no function twoSum is declared; the required declaration is: vector<int> twoSum(vector<int>& nums, int target)"));
    }

    [Test]
    public void A_go_error_in_the_harness_which_names_no_severity_is_a_mismatch_too()
    {
        const string output = "/w/main.go:23:33: cannot use arg1 (variable of type int) as int64 value in argument to twoSum\n";
        var harness = Harness with
        {
            SolutionFile = "solution.go",
            HarnessFile = "main.go",
            Declaration = "func twoSum(nums []int, target int) []int",
            CandidateSource = "package main\n\nfunc twoSum(nums []int, target int64) []int {\n\treturn nil\n}\n",
        };

        Assert.That(HarnessDiagnostics.Rewrite(output, harness).Trim(),
            Is.EqualTo("solution.go:3: twoSum does not match the required declaration: func twoSum(nums []int, target int) []int"));
    }

    [Test]
    public void A_note_or_a_context_line_in_the_harness_alone_is_no_mismatch()
    {
        const string output = "/w/solution.cpp:4:1: error: 'foo' was not declared in this scope\n/w/main.cpp:181:39:   required from here\n/w/main.cpp:12:5: note: candidate\n";
        Assert.That(HarnessDiagnostics.Rewrite(output, Harness), Is.EqualTo("/w/solution.cpp:4:1: error: 'foo' was not declared in this scope\n"));
    }

    [Test]
    public void Errors_only_in_the_candidates_file_are_left_as_they_are()
    {
        const string output = "/w/solution.cpp:4:1: error: expected ';' before '}' token\n";
        Assert.That(HarnessDiagnostics.Rewrite(output, Harness), Is.EqualTo(output));
    }
}
