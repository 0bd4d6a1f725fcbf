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
        await Put("jc-chars", "chars", [("c", "char"), ("s", "char[]"), ("board", "char[][]")], "char[][][]", anyOrder: false,
            ("\"x\"\n[\"a\",\"\\\"\", \"\\\\\"]\n[[\".\",\"9\"],[],[\" \"]]\n", "[[[\"x\"]],[[\"a\",\"\\\"\",\"\\\\\"]],[[\".\",\"9\"],[],[\" \"]]]"));
        await Put("jc-first", "first", [("s", "string")], "char", anyOrder: false,
            ("\"~hello\"\n", "\"~\""));
        await Put("jc-cube", "cube", [("a", "int[][][]"), ("w", "string[][][]"), ("d", "double[][][]")], "int[][][]", anyOrder: false,
            ("[[[1,2],[3]],[],[[]]]\n[[[\"p\"]],[]]\n[[[0.5]]]\n", "[[[1,2],[3]],[],[[]],[[2,1]]]"));
        await Put("jc-rotate", "rotate", [("matrix", "int[][]")], "void", anyOrder: false, inPlace: "matrix",
            ("[[1,2],[3,4]]\n", "[[3,1],[4,2]]"),
            ("[[1,2,3],[4,5,6],[7,8,9]]\n", "[[7,4,1],[8,5,2],[9,6,3]]"));
        await Put("jc-sort-colors", "sortColors", [("nums", "int[]")], "void", anyOrder: false, inPlace: "nums",
            ("[2,0,2,1,1,0]\n", "[0,0,1,1,2,2]"));
        await Put("jc-reverse", "reverseString", [("s", "char[]")], "void", anyOrder: false, inPlace: "s",
            ("[\"h\",\"e\",\"l\",\"l\",\"o\"]\n", "[\"o\",\"l\",\"l\",\"e\",\"h\"]"));

        await Put("jc-reverse-list", "reverseList", [("head", "ListNode")], "ListNode", anyOrder: false,
            ("[1,2,3,4,5]\n", "[5,4,3,2,1]"), ("[]\n", "[]"));
        await Put("jc-invert-tree", "invertTree", [("root", "TreeNode")], "TreeNode", anyOrder: false,
            ("[4,2,7,1,3,6,9]\n", "[4,7,2,9,6,3,1]"), ("[1,null,2,3]\n", "[1,2,null,null,3]"), ("[]\n", "[]"));
        await Put("jc-merge-k", "mergeKLists", [("lists", "ListNode[]")], "ListNode", anyOrder: false,
            ("[[1,4,5],[1,3,4],[2,6],[]]\n", "[1,1,2,3,4,4,5,6]"), ("[]\n", "[]"));
        await Put("jc-reorder", "reorderList", [("head", "ListNode")], "void", anyOrder: false, inPlace: "head",
            ("[1,2,3,4,5]\n", "[1,5,2,4,3]"));
        await _judge.Problems.PutAsync("jc-lru", [ProblemTest.Text(
            "[\"LRUCache\",\"put\",\"put\",\"get\",\"put\",\"get\",\"put\",\"get\",\"get\",\"get\"]\n[[2],[1,1],[2,2],[1],[3,3],[2],[4,4],[1],[3],[4]]\n",
            "[null,null,null,1,null,-1,null,-1,3,4]", sample: true)], header =>
        {
            header.Signature = new Signature { ClassName = "LRUCache" };
            header.Signature.ConstructorParameters.Add(new Parameter { Name = "capacity", Type = "int" });
            var get = new Method { Name = "get", ReturnType = "int" };
            get.Parameters.Add(new Parameter { Name = "key", Type = "int" });
            var put = new Method { Name = "put", ReturnType = "void" };
            put.Parameters.AddRange([new Parameter { Name = "key", Type = "int" }, new Parameter { Name = "value", Type = "int" }]);
            header.Signature.Methods.AddRange([get, put]);
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private async Task Put(string id, string function, (string Name, string Type)[] parameters, string returns, bool anyOrder, params (string Input, string Expected)[] tests) =>
        await Put(id, function, parameters, returns, anyOrder, "", tests);

    private async Task Put(string id, string function, (string Name, string Type)[] parameters, string returns, bool anyOrder, string inPlace, params (string Input, string Expected)[] tests) =>
        await _judge.Problems.PutAsync(id, [.. tests.Select(t => ProblemTest.Text(t.Input, t.Expected, sample: true))], header =>
        {
            header.Signature = new Signature { FunctionName = function, ReturnType = returns, AnyOrder = anyOrder, InPlace = inPlace };
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

    // With a class of the candidate's own named TreeNode (a trie's, say): the harness declares LeetCode's node classes
    // only for a problem that uses them, so this one compiles.
    [TestCaseSource(nameof(Languages))]
    public async Task LeetCodes_group_anagrams_pasted_as_is_is_accepted(string language)
    {
        var source = (Family(language) == "java"
            ? "import java.util.*;\n\nclass TreeNode { int count; }\n\n"
            : "using System.Collections.Generic;\nusing System.Linq;\n\npublic class TreeNode { public int Count; }\n\n") + GroupAnagrams[Family(language)];

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
                public static List<long[]> collect(ArrayList<Integer> nums, List<int[]> grid, Collection<String> words, long[] big) throws Exception {
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

    // The three Java ids share the harness; one compiles and runs the conversions (the mismatch cases keep all three,
    // whose javac messages differ), so the suite stays within its time.
    public static IEnumerable<TestCaseData> CollectCases =>
        from variant in new[] { "java lists", "java mixed", "csharp interfaces", "csharp lists" }
        from language in variant.StartsWith("java") ? ["java"] : new[] { "csharp" }
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
        from language in mismatch.Family == "java" ? ["java"] : new[] { "csharp" }
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

    // char, char[], char[][] in and char[][][] out; a char return value; 3-D arrays of ints, strings and doubles in and
    // out; as arrays and as collections.
    private static readonly Dictionary<string, (string Chars, string First, string Cube)> NewKinds = new()
    {
        ["java arrays"] = ("""
            class Solution {
                public char[][][] chars(char c, char[] s, char[][] board) {
                    return new char[][][] { { { c } }, { s }, board };
                }
            }
            """, """
            class Solution {
                public char first(String s) {
                    return s.charAt(0);
                }
            }
            """, """
            import java.util.*;

            class Solution {
                public int[][][] cube(int[][][] a, String[][][] w, double[][][] d) {
                    int[][][] r = Arrays.copyOf(a, a.length + 1);
                    r[a.length] = new int[][] { { w.length, d.length } };
                    return r;
                }
            }
            """),
        ["java lists"] = ("""
            import java.util.*;

            class Solution {
                public List<List<List<Character>>> chars(Character c, List<Character> s, List<List<Character>> board) {
                    return List.of(List.of(List.of(c)), List.of(s), board);
                }
            }
            """, """
            class Solution {
                public Character first(String s) {
                    return s.charAt(0);
                }
            }
            """, """
            import java.util.*;

            class Solution {
                public List<List<List<Integer>>> cube(List<List<List<Integer>>> a, List<String[][]> w, double[][][] d) {
                    List<List<List<Integer>>> r = new ArrayList<>(a);
                    r.add(List.of(List.of(w.size(), d.length)));
                    return r;
                }
            }
            """),
        ["csharp arrays"] = ("""
            public class Solution
            {
                public char[][][] Chars(char c, char[] s, char[][] board) => [[[c]], [s], .. new[] { board }];
            }
            """, """
            public class Solution
            {
                public char First(string s) => s[0];
            }
            """, """
            public class Solution
            {
                public int[][][] Cube(int[][][] a, string[][][] w, double[][][] d) => [.. a, [[w.Length, d.Length]]];
            }
            """),
        ["csharp lists"] = ("""
            using System.Collections.Generic;

            public class Solution
            {
                public IList<IList<IList<char>>> Chars(char c, IList<char> s, IList<IList<char>> board) =>
                    new List<IList<IList<char>>> { new List<IList<char>> { new List<char> { c } }, new List<IList<char>> { s }, board };
            }
            """, """
            public class Solution
            {
                public char? First(string s) => s[0];
            }
            """, """
            using System.Collections.Generic;

            public class Solution
            {
                public List<List<List<int>>> Cube(List<List<List<int>>> a, IList<IList<IList<string>>> w, double[][][] d)
                {
                    a.Add(new List<List<int>> { new List<int> { w.Count, d.Length } });
                    return a;
                }
            }
            """),
    };

    public static IEnumerable<TestCaseData> NewKindCases =>
        from variant in NewKinds.Keys
        from language in variant.StartsWith("java") ? ["java"] : new[] { "csharp" }
        select new TestCaseData(language, variant).SetArgDisplayNames(language, variant);

    [TestCaseSource(nameof(NewKindCases))]
    public async Task Chars_and_three_dimensional_arrays_are_read_and_written(string language, string variant)
    {
        var (chars, first, cube) = NewKinds[variant];

        var charResult = await _judge.Judge.JudgeAsync("jc-chars", language, chars);
        var firstResult = await _judge.Judge.JudgeAsync("jc-first", language, first);
        var cubeResult = await _judge.Judge.JudgeAsync("jc-cube", language, cube);

        Assert.Multiple(() =>
        {
            Assert.That(charResult.Verdict, Is.EqualTo(Verdict.Accepted), Describe(charResult));
            Assert.That(firstResult.Verdict, Is.EqualTo(Verdict.Accepted), Describe(firstResult));
            Assert.That(cubeResult.Verdict, Is.EqualTo(Verdict.Accepted), Describe(cubeResult));
        });
    }

    // void functions judged by their in-place argument: right, wrong, and through a List the candidate declared.
    private static readonly Dictionary<string, (string Right, string Wrong, string List, string Reverse)> InPlace = new()
    {
        ["java"] = ("""
            class Solution {
                public void rotate(int[][] matrix) {
                    int n = matrix.length;
                    for (int i = 0; i < n; i++)
                        for (int j = i + 1; j < n; j++) { int t = matrix[i][j]; matrix[i][j] = matrix[j][i]; matrix[j][i] = t; }
                    for (int[] row : matrix)
                        for (int j = 0; j < n / 2; j++) { int t = row[j]; row[j] = row[n - 1 - j]; row[n - 1 - j] = t; }
                }
            }
            """, """
            class Solution {
                public void rotate(int[][] matrix) {
                    int n = matrix.length;
                    for (int i = 0; i < n; i++)
                        for (int j = i + 1; j < n; j++) { int t = matrix[i][j]; matrix[i][j] = matrix[j][i]; matrix[j][i] = t; }
                }
            }
            """, """
            import java.util.*;

            class Solution {
                public void sortColors(List<Integer> nums) {
                    Collections.sort(nums);
                }
            }
            """, """
            class Solution {
                public void reverseString(char[] s) {
                    for (int i = 0, j = s.length - 1; i < j; i++, j--) { char t = s[i]; s[i] = s[j]; s[j] = t; }
                }
            }
            """),
        ["csharp"] = ("""
            public class Solution
            {
                public void Rotate(int[][] matrix)
                {
                    var n = matrix.Length;
                    for (var i = 0; i < n; i++)
                        for (var j = i + 1; j < n; j++) (matrix[i][j], matrix[j][i]) = (matrix[j][i], matrix[i][j]);
                    foreach (var row in matrix) System.Array.Reverse(row);
                }
            }
            """, """
            public class Solution
            {
                public void Rotate(int[][] matrix)
                {
                    for (var i = 0; i < matrix.Length; i++)
                        for (var j = i + 1; j < matrix.Length; j++) (matrix[i][j], matrix[j][i]) = (matrix[j][i], matrix[i][j]);
                }
            }
            """, """
            using System.Collections.Generic;

            public class Solution
            {
                public void SortColors(List<int> nums) => nums.Sort();
            }
            """, """
            using System.Collections.Generic;

            public class Solution
            {
                public void ReverseString(IList<char> s)
                {
                    for (int i = 0, j = s.Count - 1; i < j; i++, j--) (s[i], s[j]) = (s[j], s[i]);
                }
            }
            """),
    };

    [TestCaseSource(nameof(Languages))]
    public async Task A_void_function_is_judged_by_its_in_place_argument(string language)
    {
        var (right, wrong, list, reverse) = InPlace[Family(language)];

        var rightResult = await _judge.Judge.JudgeAsync("jc-rotate", language, right);
        var wrongResult = await _judge.Judge.JudgeAsync("jc-rotate", language, wrong, SubmitMode.Run);
        var listResult = await _judge.Judge.JudgeAsync("jc-sort-colors", language, list);
        var reverseResult = await _judge.Judge.JudgeAsync("jc-reverse", language, reverse);

        Assert.Multiple(() =>
        {
            Assert.That(rightResult.Verdict, Is.EqualTo(Verdict.Accepted), Describe(rightResult));
            Assert.That(wrongResult.Verdict, Is.EqualTo(Verdict.WrongAnswer), Describe(wrongResult));
            Assert.That(wrongResult.Tests[0].ReturnValue.ToStringUtf8(), Is.EqualTo("[[1,3],[2,4]]"), "the argument after the call");
            Assert.That(listResult.Verdict, Is.EqualTo(Verdict.Accepted), Describe(listResult));
            Assert.That(reverseResult.Verdict, Is.EqualTo(Verdict.Accepted), Describe(reverseResult));
        });
    }

    // Lists and trees (LeetCode's classes, defined by the harness) and a design problem, LeetCode's code as is.
    private sealed record NodePrograms(string Reverse, string WrongReverse, string Cycle, string Invert, string Merge, string Reorder,
        string Lru, string WrongLru, string MissingGet, string TreeCycle);

    private static readonly Dictionary<string, NodePrograms> Nodes = new()
    {
        ["java"] = new("""
            class Solution {
                public ListNode reverseList(ListNode head) {
                    ListNode prev = null;
                    while (head != null) { ListNode next = head.next; head.next = prev; prev = head; head = next; }
                    return prev;
                }
            }
            """, """
            class Solution {
                public ListNode reverseList(ListNode head) { return head; }
            }
            """, """
            class Solution {
                public ListNode reverseList(ListNode head) {
                    if (head != null && head.next != null) head.next.next = head;
                    return head;
                }
            }
            """, """
            class Solution {
                public TreeNode invertTree(TreeNode root) {
                    if (root == null) return null;
                    TreeNode left = invertTree(root.left);
                    root.left = invertTree(root.right);
                    root.right = left;
                    return root;
                }
            }
            """, """
            import java.util.*;

            class Solution {
                public ListNode mergeKLists(ListNode[] lists) {
                    PriorityQueue<ListNode> queue = new PriorityQueue<>((a, b) -> a.val - b.val);
                    for (ListNode list : lists) if (list != null) queue.add(list);
                    ListNode dummy = new ListNode(), tail = dummy;
                    while (!queue.isEmpty()) {
                        ListNode node = queue.poll();
                        tail = tail.next = node;
                        if (node.next != null) queue.add(node.next);
                    }
                    return dummy.next;
                }
            }
            """, """
            import java.util.*;

            class Solution {
                public void reorderList(ListNode head) {
                    List<ListNode> nodes = new ArrayList<>();
                    for (ListNode n = head; n != null; n = n.next) nodes.add(n);
                    int i = 0, j = nodes.size() - 1;
                    while (i < j) {
                        nodes.get(i).next = nodes.get(j);
                        i++;
                        if (i == j) break;
                        nodes.get(j).next = nodes.get(i);
                        j--;
                    }
                    if (!nodes.isEmpty()) nodes.get(i).next = null;
                }
            }
            """, """
            import java.util.*;

            class LRUCache {
                private final int capacity;
                private final LinkedHashMap<Integer, Integer> map = new LinkedHashMap<>(16, 0.75f, true);

                public LRUCache(int capacity) { this.capacity = capacity; }

                public int get(int key) { return map.getOrDefault(key, -1); }

                public void put(int key, int value) {
                    map.put(key, value);
                    if (map.size() > capacity) map.remove(map.keySet().iterator().next());
                }
            }
            """, """
            import java.util.*;

            class LRUCache {
                private final Map<Integer, Integer> map = new HashMap<>();

                public LRUCache(int capacity) { }

                public int get(int key) { return map.getOrDefault(key, -1); }

                public void put(int key, int value) { map.put(key, value); }
            }
            """, """
            import java.util.*;

            class LRUCache {
                private final Map<Integer, Integer> map = new HashMap<>();

                public LRUCache(int capacity) { }

                public void put(int key, int value) { map.put(key, value); }
            }
            """, """
            class Solution {
                public TreeNode invertTree(TreeNode root) {
                    if (root != null) root.left = root;
                    return root;
                }
            }
            """),
        ["csharp"] = new("""
            public class Solution {
                public ListNode ReverseList(ListNode head) {
                    ListNode prev = null;
                    while (head != null) { var next = head.next; head.next = prev; prev = head; head = next; }
                    return prev;
                }
            }
            """, """
            public class Solution {
                public ListNode ReverseList(ListNode head) => head;
            }
            """, """
            public class Solution {
                public ListNode ReverseList(ListNode head) {
                    if (head?.next != null) head.next.next = head;
                    return head;
                }
            }
            """, """
            public class Solution {
                public TreeNode InvertTree(TreeNode root) {
                    if (root == null) return null;
                    (root.left, root.right) = (InvertTree(root.right), InvertTree(root.left));
                    return root;
                }
            }
            """, """
            using System.Collections.Generic;

            public class Solution {
                public ListNode MergeKLists(ListNode[] lists) {
                    var queue = new PriorityQueue<ListNode, int>();
                    foreach (var list in lists) if (list != null) queue.Enqueue(list, list.val);
                    var dummy = new ListNode();
                    var tail = dummy;
                    while (queue.Count > 0) {
                        var node = queue.Dequeue();
                        tail = tail.next = node;
                        if (node.next != null) queue.Enqueue(node.next, node.next.val);
                    }
                    return dummy.next;
                }
            }
            """, """
            using System.Collections.Generic;

            public class Solution {
                public void ReorderList(ListNode head) {
                    var nodes = new List<ListNode>();
                    for (var n = head; n != null; n = n.next) nodes.Add(n);
                    int i = 0, j = nodes.Count - 1;
                    while (i < j) {
                        nodes[i].next = nodes[j];
                        i++;
                        if (i == j) break;
                        nodes[j].next = nodes[i];
                        j--;
                    }
                    if (nodes.Count > 0) nodes[i].next = null;
                }
            }
            """, """
            using System.Collections.Generic;

            public class LRUCache {
                private readonly int capacity;
                private readonly Dictionary<int, LinkedListNode<(int Key, int Value)>> map = new();
                private readonly LinkedList<(int Key, int Value)> order = new();

                public LRUCache(int capacity) { this.capacity = capacity; }

                public int Get(int key) {
                    if (!map.TryGetValue(key, out var node)) return -1;
                    order.Remove(node);
                    order.AddFirst(node);
                    return node.Value.Value;
                }

                public void Put(int key, int value) {
                    if (map.TryGetValue(key, out var old)) order.Remove(old);
                    map[key] = order.AddFirst((key, value));
                    if (map.Count > capacity) { map.Remove(order.Last.Value.Key); order.RemoveLast(); }
                }
            }
            """, """
            using System.Collections.Generic;

            public class LRUCache {
                private readonly Dictionary<int, int> map = new();

                public LRUCache(int capacity) { }

                public int Get(int key) => map.TryGetValue(key, out var value) ? value : -1;

                public void Put(int key, int value) => map[key] = value;
            }
            """, """
            using System.Collections.Generic;

            public class LRUCache {
                private readonly Dictionary<int, int> map = new();

                public LRUCache(int capacity) { }

                public void Put(int key, int value) => map[key] = value;
            }
            """, """
            public class Solution {
                public TreeNode InvertTree(TreeNode root) {
                    if (root != null) root.left = root;
                    return root;
                }
            }
            """),
    };

    /// <summary>Submits each (problem, source, mode) in every language of <paramref name="languages"/> at once.</summary>
    private async Task<Submission[][]> JudgeAllAsync(IReadOnlyList<string> languages, params (string Problem, string Source, SubmitMode Mode)[] submissions) =>
        await Task.WhenAll(languages.Select(async language =>
            await Task.WhenAll(submissions.Select(s => _judge.Judge.JudgeAsync(s.Problem, language, s.Source, s.Mode)))));

    public static IEnumerable<TestCaseData> Families =>
    [
        new TestCaseData("java", (object)new[] { "java" }).SetArgDisplayNames("java"),
        new TestCaseData("csharp", (object)new[] { "csharp" }).SetArgDisplayNames("csharp"),
    ];

    [TestCaseSource(nameof(Families))]
    public async Task Lists_trees_and_a_design_problem_in_LeetCodes_form(string family, string[] languages)
    {
        var p = Nodes[family];
        var all = await JudgeAllAsync(languages,
            ("jc-reverse-list", p.Reverse, SubmitMode.Submit),
            ("jc-reverse-list", p.WrongReverse, SubmitMode.Run),
            ("jc-reverse-list", p.Cycle, SubmitMode.Run),
            ("jc-invert-tree", p.Invert, SubmitMode.Submit),
            ("jc-merge-k", p.Merge, SubmitMode.Submit),
            ("jc-reorder", p.Reorder, SubmitMode.Submit),
            ("jc-lru", p.Lru, SubmitMode.Submit),
            ("jc-lru", p.WrongLru, SubmitMode.Run),
            ("jc-lru", p.MissingGet, SubmitMode.Run),
            ("jc-invert-tree", p.TreeCycle, SubmitMode.Run));
        var get = family == "csharp" ? "Get" : "get";

        Assert.Multiple(() =>
        {
            for (var l = 0; l < languages.Length; l++)
            {
                var r = all[l];
                var language = languages[l];
                Assert.That(r[0].Verdict, Is.EqualTo(Verdict.Accepted), $"{language} reverse: {Describe(r[0])}");
                Assert.That(r[1].Verdict, Is.EqualTo(Verdict.WrongAnswer), $"{language} wrong reverse: {Describe(r[1])}");
                Assert.That(r[2].Verdict, Is.EqualTo(Verdict.WrongAnswer), $"{language} a cycle: {Describe(r[2])}");
                Assert.That(r[3].Verdict, Is.EqualTo(Verdict.Accepted), $"{language} invert: {Describe(r[3])}");
                Assert.That(r[4].Verdict, Is.EqualTo(Verdict.Accepted), $"{language} merge k: {Describe(r[4])}");
                Assert.That(r[5].Verdict, Is.EqualTo(Verdict.Accepted), $"{language} reorder: {Describe(r[5])}");
                Assert.That(r[6].Verdict, Is.EqualTo(Verdict.Accepted), $"{language} LRU: {Describe(r[6])}");
                Assert.That(r[7].Verdict, Is.EqualTo(Verdict.WrongAnswer), $"{language} wrong LRU: {Describe(r[7])}");
                Assert.That(r[7].Tests[0].CheckerMessage, Does.Contain("get"), $"{language} wrong LRU names the call");
                Assert.That(r[8].Verdict, Is.EqualTo(Verdict.CompilationError), $"{language} no get: {Describe(r[8])}");
                Assert.That(r[8].CompileOutput, Does.Contain($"has no method {get}").And.Not.Contain("Main.java").And.Not.Contain("main.cs"),
                    $"{language} no get: {Describe(r[8])}");
                Assert.That(r[9].Verdict, Is.EqualTo(Verdict.WrongAnswer), $"{language} a tree with a cycle is cut, written, and wrong: {Describe(r[9])}");
            }
        });
    }
}
