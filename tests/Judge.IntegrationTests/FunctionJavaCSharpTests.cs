using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// Java (java, java17, java25) and C# function-style harnesses beyond the shared tests (<see cref="FunctionProblemTests"/>):
/// LeetCode's code pasted as is (collections where the signature says an array, as parameters and return values, nested
/// too; boxed and nullable scalars), and a real mismatch, still a compilation error, saying what differs.
/// </summary>
[NonParallelizable]
public class FunctionJavaCSharpTests
{
    private static readonly string[] JavaIds = ["java", "java17", "java25"];

    private JudgeHarness _judge = null!;

    public static IEnumerable<string> Languages => [.. JavaIds, "csharp"];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync();
        await _judge.WaitForLanguagesAsync(Languages);
        await Put("jc-group-anagrams", "groupAnagrams", [("strs", "string[]")], "string[][]", anyOrder: true,
            ("[\"eat\",\"tea\",\"tan\",\"ate\",\"nat\",\"bat\"]\n", "[[\"bat\"],[\"tan\",\"nat\"],[\"eat\",\"tea\",\"ate\"]]"),
            ("[\"\"]\n", "[[\"\"]]"));
        await Put("jc-collect", "collect", [("nums", "int[]"), ("grid", "int[][]"), ("words", "string[]"), ("big", "long[]")], "long[][]", anyOrder: false,
            ("[3,1,2]\n[[4,5],[],[6]]\n[\"a\",\"bc\"]\n[9223372036854775807,-9223372036854775808]\n",
                "[[3,1,2],[4,5],[],[6],[2],[9223372036854775807,-9223372036854775808]]"),
            ("[]\n[]\n[]\n[]\n", "[[],[0],[]]"));
        await Put("jc-evens", "evens", [("nums", "int[]")], "int[]", anyOrder: false,
            ("[5,4,3,2,2,1]\n", "[2,4]"));
        await Put("jc-total", "total", [("nums", "int[]")], "long", anyOrder: false,
            ("[2147483647,2147483647,1]\n", "4294967295"));
        await Put("jc-two-sum", "twoSum", [("nums", "int[]"), ("target", "int")], "int[]", anyOrder: false,
            ("[2,7,11,15]\n9\n", "[0,1]"));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private async Task Put(string id, string function, (string Name, string Type)[] parameters, string returns, bool anyOrder, params (string Input, string Expected)[] tests) =>
        await _judge.Problems.PutAsync(id, [.. tests.Select(t => ProblemTest.Text(t.Input, t.Expected, sample: true))], header =>
        {
            header.Signature = new Signature { FunctionName = function, ReturnType = returns, AnyOrder = anyOrder };
            header.Signature.Parameters.AddRange(parameters.Select(p => new Parameter { Name = p.Name, Type = p.Type }));
        });

    private static string Family(string language) => language == "csharp" ? "csharp" : "java";

    private static string Describe(Submission result) =>
        $"{result.Verdict} {result.Message}\n{result.CompileOutput}\n" + string.Join("\n", result.Tests.Select(t => $"{t.Verdict} {t.CheckerMessage} {t.ReturnValue.ToStringUtf8()} {t.ErrorOutput.ToStringUtf8()}"));

    // LeetCode's own declarations, pasted as is.
    private static readonly Dictionary<string, string> GroupAnagrams = new()
    {
        ["java"] = """
            class Solution {
                public List<List<String>> groupAnagrams(String[] strs) {
                    Map<String, List<String>> groups = new HashMap<>();
                    for (String s : strs) {
                        char[] letters = s.toCharArray();
                        Arrays.sort(letters);
                        groups.computeIfAbsent(new String(letters), k -> new ArrayList<>()).add(s);
                    }
                    return new ArrayList<>(groups.values());
                }
            }
            """,
        ["csharp"] = """
            public class Solution {
                public IList<IList<string>> GroupAnagrams(string[] strs) {
                    var groups = new Dictionary<string, IList<string>>();
                    foreach (var s in strs) {
                        var key = new string(s.OrderBy(c => c).ToArray());
                        if (!groups.TryGetValue(key, out var group)) groups[key] = group = new List<string>();
                        group.Add(s);
                    }
                    return groups.Values.ToList();
                }
            }
            """,
    };

    [TestCaseSource(nameof(Languages))]
    public async Task LeetCodes_group_anagrams_pasted_as_is_is_accepted(string language)
    {
        var source = (Family(language) == "java" ? "import java.util.*;\n\n" : "using System.Collections.Generic;\nusing System.Linq;\n\n") + GroupAnagrams[Family(language)];

        var result = await _judge.Judge.JudgeAsync("jc-group-anagrams", language, source);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), Describe(result));
    }

    // collect(int[] nums, int[][] grid, string[] words, long[] big) -> long[][]: [nums, ...grid, [words' count], big],
    // declared with the collections a candidate may use instead of arrays.
    private static readonly Dictionary<string, string> Collect = new()
    {
        ["java lists"] = """
            import java.util.*;

            class Solution {
                public List<List<Long>> collect(List<Integer> nums, List<List<Integer>> grid, List<String> words, List<Long> big) {
                    List<List<Long>> rows = new ArrayList<>();
                    List<Long> first = new ArrayList<>();
                    for (int x : nums) first.add((long) x);
                    rows.add(first);
                    for (List<Integer> row : grid) {
                        List<Long> copy = new LinkedList<>();
                        for (Integer x : row) copy.add(x.longValue());
                        rows.add(copy);
                    }
                    rows.add(List.of((long) words.size()));
                    rows.add(big);
                    return rows;
                }
            }
            """,
        ["java mixed"] = """
            import java.util.*;

            public class Solution {
                public static List<long[]> collect(ArrayList<Integer> nums, List<int[]> grid, Collection<String> words, long[] big) {
                    List<long[]> rows = new ArrayList<>();
                    rows.add(nums.stream().mapToLong(Integer::longValue).toArray());
                    for (int[] row : grid) rows.add(Arrays.stream(row).asLongStream().toArray());
                    rows.add(new long[] { words.size() });
                    rows.add(big);
                    return rows;
                }
            }
            """,
        ["csharp interfaces"] = """
            using System.Collections.Generic;
            using System.Linq;

            public class Solution
            {
                public IList<IList<long>> Collect(IList<int> nums, IList<IList<int>> grid, IEnumerable<string> words, IReadOnlyList<long> big)
                {
                    var rows = new List<IList<long>> { nums.Select(x => (long)x).ToList() };
                    foreach (var row in grid) rows.Add(row.Select(x => (long)x).ToArray());
                    rows.Add(new List<long> { words.Count() });
                    rows.Add(big.ToList());
                    return rows;
                }
            }
            """,
        ["csharp lists"] = """
            using System.Collections.Generic;
            using System.Linq;

            public class Solution
            {
                public IEnumerable<IEnumerable<long>> Collect(List<int> nums, List<int[]> grid, string[] words, List<long> big)
                {
                    yield return nums.Select(x => (long)x);
                    foreach (var row in grid) yield return row.Select(x => (long)x).ToList();
                    yield return [words.Length];
                    yield return big;
                }
            }
            """,
    };

    public static IEnumerable<TestCaseData> CollectCases =>
        from variant in new[] { "java lists", "java mixed", "csharp interfaces", "csharp lists" }
        from language in variant.StartsWith("java") ? JavaIds : ["csharp"]
        select new TestCaseData(language, variant).SetArgDisplayNames(language, variant);

    [TestCaseSource(nameof(CollectCases))]
    public async Task Collections_declared_where_the_signature_says_an_array_are_passed_and_returned_nested_too(string language, string variant)
    {
        var result = await _judge.Judge.JudgeAsync("jc-collect", language, Collect[variant]);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), Describe(result));
    }

    // Any collection as the return value (a set, a lazy sequence), and a boxed or nullable scalar.
    private static readonly Dictionary<string, (string Evens, string Total, string NullTotal)> Returns = new()
    {
        ["java"] = ("""
            import java.util.*;

            class Solution {
                public Collection<Integer> evens(int[] nums) {
                    TreeSet<Integer> evens = new TreeSet<>();
                    for (int x : nums) if (x % 2 == 0) evens.add(x);
                    return evens;
                }
            }
            """, """
            class Solution {
                public Long total(int[] nums) {
                    long sum = 0;
                    for (int x : nums) sum += x;
                    return sum;
                }
            }
            """, """
            class Solution {
                public Long total(int[] nums) {
                    return null;
                }
            }
            """),
        ["csharp"] = ("""
            using System.Collections.Generic;
            using System.Linq;

            public class Solution
            {
                public IEnumerable<int> Evens(int[] nums) => new SortedSet<int>(nums.Where(x => x % 2 == 0));
            }
            """, """
            public class Solution
            {
                public long? Total(int[] nums)
                {
                    long sum = 0;
                    foreach (var x in nums) sum += x;
                    return sum;
                }
            }
            """, """
            public class Solution
            {
                public long? Total(int[] nums) => null;
            }
            """),
    };

    [TestCaseSource(nameof(Languages))]
    public async Task Any_collection_or_boxed_scalar_is_returned_as_its_value_and_a_null_one_is_a_wrong_answer(string language)
    {
        var (evens, total, nullTotal) = Returns[Family(language)];

        var set = await _judge.Judge.JudgeAsync("jc-evens", language, evens);
        var boxed = await _judge.Judge.JudgeAsync("jc-total", language, total);
        var none = await _judge.Judge.JudgeAsync("jc-total", language, nullTotal, SubmitMode.Run);

        Assert.Multiple(() =>
        {
            Assert.That(set.Verdict, Is.EqualTo(Verdict.Accepted), Describe(set));
            Assert.That(boxed.Verdict, Is.EqualTo(Verdict.Accepted), Describe(boxed));
            Assert.That(none.Verdict, Is.EqualTo(Verdict.WrongAnswer), Describe(none));
            Assert.That(none.Tests[0].ReturnValue.ToStringUtf8(), Is.EqualTo("null"));
        });
    }

    // A real mismatch (twoSum(int[] nums, int target) -> int[]) stays a compilation error and says what differs.
    public static IEnumerable<TestCaseData> Mismatches =>
        from mismatch in new (string Family, string Case, string Declaration, string Message)[]
        {
            ("java", "parameter", "public int[] twoSum(List<Long> nums, int target)",
                "Solution.java:4: twoSum does not match the required declaration: public int[] twoSum(int[] nums, int target); parameter 1 (nums) is declared List<Long>, where the problem passes int[] (as an array or a list)"),
            ("java", "scalar", "public int[] twoSum(int[] nums, String target)",
                "; parameter 2 (target) is declared String, where the problem passes int\n"),
            ("java", "return", "public long[] twoSum(int[] nums, int target)",
                "; it returns long[], where the problem wants int[] (as an array or a list)"),
            ("java", "void", "public void twoSum(int[] nums, int target)", "; it returns void, where the problem wants int[]"),
            ("java", "count", "public int[] twoSum(int[] nums)", "; it takes 1 parameter(s), not 2"),
            ("csharp", "parameter", "public int[] TwoSum(List<long> nums, int target)",
                "solution.cs:4: TwoSum does not match the required declaration: public int[] TwoSum(int[] nums, int target); parameter 1 (nums) is declared List<long>, where the problem passes int[] (as an array or a list)"),
            ("csharp", "return", "public IList<string> TwoSum(int[] nums, int target)", "; it returns IList<string>, where the problem wants int[] (as an array or a list)"),
            ("csharp", "void", "public void TwoSum(int[] nums, int target)", "; it returns void, where the problem wants int[]"),
            ("csharp", "count", "public int[] TwoSum(int[] nums, int target, int extra)", "; it takes 3 parameter(s), not 2"),
            ("csharp", "static", "public static int[] TwoSum(int[] nums, int target)", "; it is static: it must be an instance method of Solution"),
        }
        from language in mismatch.Family == "java" ? JavaIds : ["csharp"]
        select new TestCaseData(language, mismatch.Declaration, mismatch.Message).SetArgDisplayNames(language, mismatch.Case);

    [TestCaseSource(nameof(Mismatches))]
    public async Task A_real_mismatch_is_a_compilation_error_saying_what_differs(string language, string declaration, string message)
    {
        var source = Family(language) == "java"
            ? $"import java.util.*;\n\nclass Solution {{\n    {declaration} {{\n        throw new RuntimeException();\n    }}\n}}\n"
            : $"using System.Collections.Generic;\n\npublic class Solution {{\n    {declaration} {{\n        throw new System.Exception();\n    }}\n}}\n";

        var result = await _judge.Judge.JudgeAsync("jc-two-sum", language, source);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.CompilationError), Describe(result));
            Assert.That(result.CompileOutput, Does.Contain(message));
            Assert.That(result.CompileOutput, Does.Not.Contain("judge").IgnoreCase.And.Not.Contain("Types").And.Not.Contain("Array1"), "nothing of the harness");
        });
    }
}
