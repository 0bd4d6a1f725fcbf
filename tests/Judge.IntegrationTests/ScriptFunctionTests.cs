using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// Function-style problems (docs/function-problems.md) in the script languages' harnesses (Python and PyPy,
/// JavaScript, TypeScript), through the real API, worker and sandboxes: LeetCode's code pasted as is, any iterable
/// where an array is returned, JavaScript's and TypeScript's <c>long</c> as a <c>bigint</c>, and no harness name in
/// what a candidate reads.
/// </summary>
[NonParallelizable]
public class ScriptFunctionTests
{
    private static readonly string[] Scripts = ["python", "pypy", "javascript", "typescript"];

    private JudgeHarness _judge = null!;

    // Problems get 256 MiB, as real ones do: PyPy alone takes some 64 MiB, and LeetCode's names (typing's) a little more.
    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync();
        await _judge.WaitForLanguagesAsync(Scripts);
        await _judge.Problems.PutAsync("script-two-sum", [ProblemTest.Text("[2,7,11,15]\n9\n", "[0,1]", sample: true), ProblemTest.Text("[3,2,4]\n6\n", "[1,2]")],
            header => header.Signature = new Signature
            {
                FunctionName = "twoSum",
                Parameters = { new Parameter { Name = "nums", Type = "int[]" }, new Parameter { Name = "target", Type = "int" } },
                ReturnType = "int[]",
            }, memoryLimitMib: 256);
        await _judge.Problems.PutAsync("script-group-anagrams",
            [ProblemTest.Text("[\"eat\",\"tea\",\"tan\",\"ate\",\"nat\",\"bat\"]\n", "[[\"eat\",\"tea\",\"ate\"],[\"tan\",\"nat\"],[\"bat\"]]", sample: true)],
            header => header.Signature = new Signature
            {
                FunctionName = "groupAnagrams",
                Parameters = { new Parameter { Name = "strs", Type = "string[]" } },
                ReturnType = "string[][]",
            }, memoryLimitMib: 256);
        await _judge.Problems.PutAsync("script-rows", [ProblemTest.Text("3\n", "[[0,1,2],[3],[3,4]]", sample: true)],
            header => header.Signature = new Signature
            {
                FunctionName = "rows",
                Parameters = { new Parameter { Name = "n", Type = "int" } },
                ReturnType = "int[][]",
            }, memoryLimitMib: 256);
        // Values a double cannot hold: -2^63, 2^63-1, 2^62+1; the function adds 1 to a, so a must be a 64-bit integer.
        await _judge.Problems.PutAsync("script-longs",
            [ProblemTest.Text("-9223372036854775808\n[9223372036854775807,4611686018427387905]\n[[-4611686018427387905],[]]\n",
                "[[-9223372036854775807],[9223372036854775807,4611686018427387905],[-4611686018427387905],[],[7]]", sample: true)],
            header => header.Signature = new Signature
            {
                FunctionName = "echo",
                Parameters = { new Parameter { Name = "a", Type = "long" }, new Parameter { Name = "b", Type = "long[]" }, new Parameter { Name = "c", Type = "long[][]" } },
                ReturnType = "long[][]",
            }, memoryLimitMib: 256);
        await _judge.Problems.PutAsync("script-rotate", [ProblemTest.Text("[[1,2,3],[4,5,6],[7,8,9]]\n", "[[7,4,1],[8,5,2],[9,6,3]]", sample: true)],
            header => header.Signature = new Signature
            {
                FunctionName = "rotate",
                Parameters = { new Parameter { Name = "matrix", Type = "int[][]" } },
                ReturnType = "void",
                InPlace = "matrix",
            }, memoryLimitMib: 256);
        await _judge.Problems.PutAsync("script-chars", [ProblemTest.Text("\".\"\n[\"a\",\"~\"]\n[[\"x\",\" \"],[]]\n", "[[[\".\"]],[[\"a\",\"~\"]],[[\"x\",\" \"],[]]]", sample: true)],
            header => header.Signature = new Signature
            {
                FunctionName = "stack",
                Parameters = { new Parameter { Name = "c", Type = "char" }, new Parameter { Name = "row", Type = "char[]" }, new Parameter { Name = "grid", Type = "char[][]" } },
                ReturnType = "char[][][]",
            }, memoryLimitMib: 256);
        await _judge.Problems.PutAsync("script-corner", [ProblemTest.Text("[[[\"q\",\"r\"]],[]]\n[[[9223372036854775807]],[[1,-2],[]]]\n[[[0.5,-1e300]]]\n", "\"q\"", sample: true)],
            header => header.Signature = new Signature
            {
                FunctionName = "corner",
                Parameters = { new Parameter { Name = "cube", Type = "char[][][]" }, new Parameter { Name = "longs", Type = "long[][][]" }, new Parameter { Name = "doubles", Type = "double[][][]" } },
                ReturnType = "char",
            }, memoryLimitMib: 256);
        await _judge.Problems.PutAsync("script-reverse", [ProblemTest.Text("\"ab\\ud83d\\ude00\"\n", "\"\\ud83d\\ude00ba\"", sample: true)],
            header => header.Signature = new Signature
            {
                FunctionName = "reverse",
                Parameters = { new Parameter { Name = "s", Type = "string" } },
                ReturnType = "string",
            }, memoryLimitMib: 256);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    // LeetCode's own forms of two-sum, as a candidate pastes them.
    private static readonly Dictionary<string, string[]> LeetCodeTwoSums = new()
    {
        ["python"] =
        [
            """
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
                    seen: Dict[int, int] = {}
                    for i, x in enumerate(nums):
                        if target - x in seen:
                            return [seen[target - x], i]
                        seen[x] = i
            """,
            """
            class Solution:
                def two_sum(self, nums, target):
                    return next([i, j] for j in range(len(nums)) for i in range(j) if nums[i] + nums[j] == target)
            """,
            """
            def twoSum(nums: List[int], target: int) -> List[int]:
                return next([i, j] for j in range(len(nums)) for i in range(j) if nums[i] + nums[j] == target)
            """,
        ],
        ["javascript"] =
        [
            """
            /**
             * @param {number[]} nums
             * @param {number} target
             * @return {number[]}
             */
            var twoSum = function(nums, target) {
                const seen = new Map();
                for (let i = 0; i < nums.length; i++) {
                    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
                    seen.set(nums[i], i);
                }
            };
            """,
            """
            const twoSum = (nums, target) => {
                for (let j = 0; j < nums.length; j++)
                    for (let i = 0; i < j; i++)
                        if (nums[i] + nums[j] === target) return [i, j];
            };
            """,
        ],
        ["typescript"] =
        [
            """
            function twoSum(nums: number[], target: number): number[] {
                const seen = new Map<number, number>();
                for (let i = 0; i < nums.length; i++) {
                    if (seen.has(target - nums[i])) return [seen.get(target - nums[i])!, i];
                    seen.set(nums[i], i);
                }
                return [];
            };
            """,
            """
            const twoSum = (nums: number[], target: number): number[] => {
                for (let j = 0; j < nums.length; j++)
                    for (let i = 0; i < j; i++)
                        if (nums[i] + nums[j] === target) return [i, j];
                return [];
            };
            """,
        ],
    };

    public static IEnumerable<TestCaseData> LeetCodeForms =>
        from language in Scripts
        let sources = LeetCodeTwoSums[language == "pypy" ? "python" : language]
        from index in Enumerable.Range(0, sources.Length)
        select new TestCaseData(language, index).SetArgDisplayNames(language, $"form {index}");

    [TestCaseSource(nameof(LeetCodeForms))]
    public async Task LeetCodes_two_sum_pasted_as_is_is_accepted(string language, int form)
    {
        var source = LeetCodeTwoSums[language == "pypy" ? "python" : language][form];

        var result = await _judge.Judge.JudgeAsync("script-two-sum", language, source);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
    }

    [TestCase("python")]
    [TestCase("pypy")]
    public async Task LeetCodes_python_group_anagrams_returning_dict_values_with_collections_unimported_is_accepted(string language)
    {
        const string source = """
            class Solution:
                def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
                    ans = collections.defaultdict(list)
                    for s in strs:
                        ans[tuple(sorted(s))].append(s)
                    return ans.values()
            """;

        var result = await _judge.Judge.JudgeAsync("script-group-anagrams", language, source);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
    }

    // rows(3) is [[0,1,2],[3],[3,4]], returned as other iterables than an array at both levels.
    private static readonly Dictionary<string, string> IterableRows = new()
    {
        ["python"] = """
            def rows(n):
                return (row for row in [range(n), {n}, map(lambda v: v + n, (0, 1))])
            """,
        ["javascript"] = """
            function rows(n) {
              return (function* () {
                yield new Set([...Array(n).keys()]);
                yield new Map([['n', n]]).values();
                yield Int32Array.of(n, n + 1);
              })();
            }
            """,
        ["typescript"] = """
            function rows(n: number): number[][] {
              const all = new Set<Iterable<number>>([new Set([...Array(n).keys()]), new Map([['n', n]]).values(), Int32Array.of(n, n + 1)]);
              return all as any;
            }
            """,
    };

    [TestCaseSource(nameof(Scripts))]
    public async Task Any_iterable_returned_where_an_array_is_expected_is_written_as_an_array(string language)
    {
        var result = await _judge.Judge.JudgeAsync("script-rows", language, IterableRows[language == "pypy" ? "python" : language], SubmitMode.Run);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
            Assert.That(result.Tests[0].ReturnValue.ToStringUtf8(), Is.EqualTo("[[0,1,2],[3],[3,4]]"));
        });
    }

    [TestCase("python")]
    [TestCase("pypy")]
    public async Task A_python_return_value_that_is_no_json_names_the_type_in_pythons_terms_not_the_harnesss(string language)
    {
        var result = await _judge.Judge.JudgeAsync("script-group-anagrams", language, "def group_anagrams(strs):\n    return [[object()]]\n", SubmitMode.Run);

        var errors = result.Tests[0].ErrorOutput.ToStringUtf8();
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.RuntimeError), result.ToString());
            Assert.That(errors, Does.Contain("the return value of group_anagrams cannot be written as List[List[str]]"));
            Assert.That(errors, Does.Not.Contain("StringArray2D").And.Not.Contain("judge"));
        });
    }

    // echo(a, b, c) returns [[a + 1], b, ...c, [7]]: the 7 a safe-integer number in JavaScript and TypeScript.
    private static readonly Dictionary<string, string> LongEchoes = new()
    {
        ["python"] = """
            def echo(a, b, c):
                return [[a + 1], b] + c + [[7]]
            """,
        ["javascript"] = """
            function echo(a, b, c) {
              return [[a + 1n], b, ...c, [7]];
            }
            """,
        ["typescript"] = """
            function echo(a: bigint, b: bigint[], c: bigint[][]): bigint[][] {
              return [[a + 1n], b, ...c, [7 as any]];
            }
            """,
    };

    [TestCaseSource(nameof(Scripts))]
    public async Task Longs_near_2_to_the_63_round_trip_exactly_as_bigints_in_javascript_and_typescript(string language)
    {
        var result = await _judge.Judge.JudgeAsync("script-longs", language, LongEchoes[language == "pypy" ? "python" : language], SubmitMode.Run);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), $"{result.Tests.FirstOrDefault()?.CheckerMessage}\n{result}");
    }

    // Rotate Image, LeetCode's void form: the matrix is judged after the call; a solution that leaves it is wrong.
    private static readonly Dictionary<string, (string Right, string Wrong)> Rotations = new()
    {
        ["python"] = (""""
            class Solution:
                def rotate(self, matrix: List[List[int]]) -> None:
                    """
                    Do not return anything, modify matrix in-place instead.
                    """
                    matrix[:] = [list(row) for row in zip(*matrix[::-1])]
            """", """
            def rotate(matrix):
                return [list(row) for row in zip(*matrix[::-1])]
            """),
        ["javascript"] = ("""
            /**
             * @param {number[][]} matrix
             * @return {void} Do not return anything, modify matrix in-place instead.
             */
            var rotate = function(matrix) {
                const n = matrix.length;
                const copy = matrix.map(row => [...row]);
                for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) matrix[j][n - 1 - i] = copy[i][j];
            };
            """, """
            var rotate = function(matrix) {
                return matrix.map(row => [...row].reverse());
            };
            """),
        ["typescript"] = ("""
            /**
             Do not return anything, modify matrix in-place instead.
             */
            function rotate(matrix: number[][]): void {
                const n = matrix.length;
                const copy = matrix.map(row => [...row]);
                for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) matrix[j][n - 1 - i] = copy[i][j];
            };
            """, """
            function rotate(matrix: number[][]): void {
                matrix.map(row => [...row].reverse());
            };
            """),
    };

    [TestCaseSource(nameof(Scripts))]
    public async Task A_void_function_is_judged_by_the_argument_it_changes_in_place(string language)
    {
        var (right, wrong) = Rotations[language == "pypy" ? "python" : language];

        var accepted = await _judge.Judge.JudgeAsync("script-rotate", language, right, SubmitMode.Run);
        var rejected = await _judge.Judge.JudgeAsync("script-rotate", language, wrong, SubmitMode.Run);

        Assert.Multiple(() =>
        {
            Assert.That(accepted.Verdict, Is.EqualTo(Verdict.Accepted), accepted.ToString());
            Assert.That(accepted.Tests[0].ReturnValue.ToStringUtf8(), Is.EqualTo("[[7,4,1],[8,5,2],[9,6,3]]"));
            Assert.That(rejected.Verdict, Is.EqualTo(Verdict.WrongAnswer), rejected.ToString());
        });
    }

    // stack(c, row, grid) is [[[c]], [row], grid]; corner(cube, longs, doubles) is cube[0][0][0] after checking the others.
    private static readonly Dictionary<string, (string Stack, string Corner)> CharsAndCubes = new()
    {
        ["python"] = ("""
            def stack(c: str, row: List[str], grid: List[List[str]]) -> List[List[List[str]]]:
                return [[[c]], [row], grid]
            """, """
            def corner(cube, longs, doubles):
                assert longs == [[[2**63 - 1]], [[1, -2], []]] and doubles == [[[0.5, -1e300]]], (longs, doubles)
                return cube[0][0][0]
            """),
        ["javascript"] = ("""
            function stack(c, row, grid) {
              return [[[c]], [row], grid];
            }
            """, """
            function corner(cube, longs, doubles) {
              if (longs[0][0][0] !== 2n ** 63n - 1n || longs[1][0][1] !== -2n || doubles[0][0][1] !== -1e300) throw new Error('read wrong');
              return cube[0][0][0];
            }
            """),
        ["typescript"] = ("""
            function stack(c: string, row: string[], grid: string[][]): string[][][] {
              return [[[c]], [row], grid];
            }
            """, """
            function corner(cube: string[][][], longs: bigint[][][], doubles: number[][][]): string {
              if (longs[0][0][0] !== 2n ** 63n - 1n || longs[1][0][1] !== -2n || doubles[0][0][1] !== -1e300) throw new Error('read wrong');
              return cube[0][0][0];
            }
            """),
    };

    [TestCaseSource(nameof(Scripts))]
    public async Task Chars_and_three_dimensional_arrays_are_read_and_written(string language)
    {
        var (stack, corner) = CharsAndCubes[language == "pypy" ? "python" : language];

        var stacked = await _judge.Judge.JudgeAsync("script-chars", language, stack, SubmitMode.Run);
        var cornered = await _judge.Judge.JudgeAsync("script-corner", language, corner, SubmitMode.Run);

        Assert.Multiple(() =>
        {
            Assert.That(stacked.Verdict, Is.EqualTo(Verdict.Accepted), stacked.ToString());
            Assert.That(stacked.Tests[0].ReturnValue.ToStringUtf8(), Is.EqualTo("[[[\".\"]],[[\"a\",\"~\"]],[[\"x\",\" \"],[]]]"));
            Assert.That(cornered.Verdict, Is.EqualTo(Verdict.Accepted), cornered.ToString());
            Assert.That(cornered.Tests[0].ReturnValue.ToStringUtf8(), Is.EqualTo("\"q\""));
        });
    }

    // rows(n) fails in a helper: the trace shows the candidate's frames and lines, none of the harness's.
    private static readonly Dictionary<string, (string Source, string Frame)> Failures = new()
    {
        ["python"] = ("""
            def helper(n):
                return [list(range(n // 0))]


            def rows(n):
                return helper(n)
            """, "line 2, in helper"),
        ["javascript"] = ("""
            function helper(n) {
              return n.missing.field;
            }

            function rows(n) {
              return helper(n);
            }
            """, "at helper (/w/solution.js:2:"),
        ["typescript"] = ("""
            function helper(n: any): number[][] {
              return n.missing.field;
            }

            function rows(n: number): number[][] {
              return helper(n);
            }
            """, "at helper (/w/solution.js:"), // the emitted JavaScript's lines
    };

    [TestCaseSource(nameof(Scripts))]
    public async Task A_runtime_errors_trace_shows_the_candidates_frames_and_none_of_the_harness(string language)
    {
        var (source, frame) = Failures[language == "pypy" ? "python" : language];

        var result = await _judge.Judge.JudgeAsync("script-rows", language, source, SubmitMode.Run);

        var errors = result.Tests[0].ErrorOutput.ToStringUtf8();
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.RuntimeError), result.ToString());
            Assert.That(errors, Does.Contain(frame));
            Assert.That(errors, Does.Not.Contain("main.").And.Not.Contain("judge").IgnoreCase.And.Not.Contain("node:"));
        });
    }

    private const string TwoSumDeclaration = "function twoSum(nums: number[], target: number): number[]";

    [TestCase("function twoSum(nums: number[], target: number, k: number): number[] {\n  return [0, 1];\n}\n",
        "solution.ts:1: twoSum takes 3 parameter(s), but the problem passes 2 (nums, target); the required declaration is: " + TwoSumDeclaration)]
    [TestCase("// two sum\nconst twoSum = (nums: number[], target: string): number[] => [0, 1];\n",
        "solution.ts:2: twoSum: parameter 2 (target) is string, but the problem passes number; the required declaration is: " + TwoSumDeclaration)]
    [TestCase("function twoSum(nums: number[], target: number): string[] {\n  return [];\n}\n",
        "solution.ts:1: twoSum returns string[], but the problem expects number[]; the required declaration is: " + TwoSumDeclaration)]
    [TestCase("function twoSum(nums: number[], target: number): Set<number> {\n  return new Set();\n}\n",
        "solution.ts:1: twoSum returns another type, but the problem expects number[]; the required declaration is: " + TwoSumDeclaration)]
    public async Task A_typescript_mismatch_is_a_compilation_error_saying_what_differs(string source, string message)
    {
        var result = await _judge.Judge.JudgeAsync("script-two-sum", "typescript", source);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.CompilationError), result.ToString());
            Assert.That(result.CompileOutput.Split('\n')[0], Is.EqualTo(message));
            Assert.That(result.CompileOutput, Does.Not.Contain("judge").IgnoreCase.And.Not.Contain("main.ts"));
        });
    }

    [Test]
    public async Task A_typescript_long_declared_as_number_is_told_the_problem_passes_a_bigint()
    {
        const string source = "function echo(a: number, b: bigint[], c: bigint[][]): bigint[][] {\n  return [[BigInt(a)], b, ...c];\n}\n";

        var result = await _judge.Judge.JudgeAsync("script-longs", "typescript", source);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.CompilationError), result.ToString());
            Assert.That(result.CompileOutput, Does.StartWith("solution.ts:1: echo: parameter 1 (a) is number, but the problem passes bigint; the required declaration is: function echo(a: bigint, b: bigint[], c: bigint[][]): bigint[][]"));
        });
    }

    // A string reversed unit by unit (UTF-16 in JavaScript) splits the emoji into lone surrogates: a wrong answer.
    private static readonly Dictionary<string, string> BrokenReversals = new()
    {
        ["python"] = "def reverse(s):\n    return s[::-1].replace('\\U0001F600', '\\ude00\\ud83d')\n",
        ["javascript"] = "function reverse(s) {\n  return s.split('').reverse().join('');\n}\n",
        ["typescript"] = "function reverse(s: string): string {\n  return s.split('').reverse().join('');\n}\n",
    };

    [TestCaseSource(nameof(Scripts))]
    public async Task A_string_with_lone_surrogates_is_a_wrong_answer_saying_it_is_not_valid_unicode(string language)
    {
        var result = await _judge.Judge.JudgeAsync("script-reverse", language, BrokenReversals[language == "pypy" ? "python" : language], SubmitMode.Run);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer), result.ToString());
            Assert.That(result.Tests[0].CheckerMessage, Does.Contain("not valid Unicode"));
        });
    }
}
