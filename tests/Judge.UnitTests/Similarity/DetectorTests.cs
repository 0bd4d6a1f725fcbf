using System.Text;
using Judge.Similarity;
using Judge.Similarity.Comparison;
using Judge.Similarity.Fingerprints;
using Judge.Similarity.Parsing;
using Judge.Similarity.Tokens;
using NUnit.Framework;

namespace Judge.UnitTests.Similarity;

/// <summary>
/// The similarity detector on small programs, through the real native parser (Judge.Similarity/Native/build, which
/// ./judge test runs first): what its normalisation makes equal, and what it keeps apart.
/// </summary>
[TestFixture]
public sealed class DetectorTests
{
    private const string Library = "/var/lib/judge/tree-sitter/current/libjudge-tree-sitter.so";
    private TreeSitterLibrary _library = null!;
    private Fingerprinter _fingerprinter = null!;

    [OneTimeSetUp]
    public void Load()
    {
        _library = new TreeSitterLibrary(Library);
        _fingerprinter = new Fingerprinter(_library, new SimilarityParameters());
    }

    [OneTimeTearDown]
    public void Unload() => _library.Dispose();

    private const string CppStub = """
        class Solution {
        public:
            int maxSubArray(vector<int>& nums) {
            }
        };
        """;

    private const string Kadane = """
        class Solution {
        public:
            int maxSubArray(vector<int>& nums) {
                int best = nums[0];
                int current = 0;
                for (int i = 0; i < nums.size(); i++) {
                    current += nums[i];
                    if (current > best) best = current;
                    if (current < 0) current = 0;
                }
                return best;
            }
        };
        """;

    private const string KadaneDisguised = """
        // my own solution
        class Solution {
        public:
            int maxSubArray(vector<int>& a) {
                int unused = 42;
                int answer = a[0];
                int run = 0;
                int k = 0;
                while (k < a.size()) {
                    run = run + a[k];
                    if (answer < run) answer = run;
                    if (false) { answer = -1; }
                    if (0 > run) run = 0;
                    k += 1;
                }
                return answer;
            }
        };
        """;

    private const string DivideAndConquer = """
        class Solution {
            int cross(vector<int>& v, int lo, int mid, int hi) {
                int left = INT_MIN, sum = 0;
                for (int i = mid; i >= lo; --i) { sum += v[i]; left = max(left, sum); }
                int right = INT_MIN; sum = 0;
                for (int i = mid + 1; i <= hi; ++i) { sum += v[i]; right = max(right, sum); }
                return left + right;
            }
            int solve(vector<int>& v, int lo, int hi) {
                if (lo == hi) return v[lo];
                int mid = lo + (hi - lo) / 2;
                return max({solve(v, lo, mid), solve(v, mid + 1, hi), cross(v, lo, mid, hi)});
            }
        public:
            int maxSubArray(vector<int>& nums) {
                return solve(nums, 0, (int)nums.size() - 1);
            }
        };
        """;

    private double Similarity(string family, string stub, string a, string b)
    {
        var stubPrint = _fingerprinter.Stub(family, stub);
        return PairComparer.Similarity(Print(family, a, stubPrint), Print(family, b, stubPrint));
    }

    private ProgramPrint Print(string family, string source, StubPrint stub) => _fingerprinter.Print(family, Encoding.UTF8.GetBytes(source), stub);

    private IReadOnlyList<string> Tokens(string family, string source) =>
        Normalizer.Tokens(_library.Parse(family, Encoding.UTF8.GetBytes(source)), new HashSet<string>()).Select(t => t.Text).ToList();

    [Test]
    public void An_exact_copy_scores_one_even_with_the_stub_as_base_code() =>
        Assert.That(Similarity("cpp", CppStub, Kadane, Kadane), Is.EqualTo(1.0));

    [Test]
    public void A_copy_with_names_loops_comparisons_dead_code_and_compound_assignments_rewritten_scores_above_the_threshold() =>
        Assert.That(Similarity("cpp", CppStub, Kadane, KadaneDisguised), Is.GreaterThanOrEqualTo(new SimilarityParameters().Threshold));

    [Test]
    public void An_independent_solution_by_another_method_scores_below_the_threshold() =>
        Assert.That(Similarity("cpp", CppStub, Kadane, DivideAndConquer), Is.LessThan(new SimilarityParameters().Threshold));

    [Test]
    public void The_untouched_stub_has_no_fingerprint_left_and_matches_nothing()
    {
        var stub = _fingerprinter.Stub("cpp", CppStub);
        Assert.Multiple(() =>
        {
            Assert.That(Print("cpp", CppStub, stub).IsEmpty, Is.True);
            Assert.That(Similarity("cpp", CppStub, CppStub, CppStub), Is.Zero);
        });
    }

    [Test]
    public void A_counted_for_loop_and_its_while_form_read_alike()
    {
        var forLoop = Tokens("java", "class A { void f(int n) { for (int i = 0; i < n; i++) { g(i); } } }");
        var whileLoop = Tokens("java", "class A { void f(int n) { int i = 0; while (i < n) { g(i); i += 1; } } }");
        Assert.That(whileLoop, Is.EqualTo(forLoop));
    }

    [Test]
    public void Comments_layout_and_names_change_nothing_in_python()
    {
        var a = Tokens("python", "def f(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total\n");
        var b = Tokens("python", "def f(values):\n    # sum them\n    s = 0\n    for v in values:\n        s = s + v  # add\n    return s\n");
        Assert.That(b, Is.EqualTo(a));
    }

    [Test]
    public void A_greater_than_reads_as_the_mirrored_less_than_and_an_unused_declaration_is_left_out()
    {
        var a = Tokens("go", "package main\nfunc f(a int, b int) bool {\n\treturn a < b\n}\n");
        var b = Tokens("go", "package main\nfunc f(a int, b int) bool {\n\tspare := 7\n\treturn b > a\n}\n");
        Assert.That(b, Is.EqualTo(a));
    }

    [Test]
    public void Every_family_of_the_language_table_parses([Values("cpp", "java", "python", "go", "javascript", "typescript", "csharp")] string family) =>
        Assert.That(TreeSitterLibrary.Families, Does.Contain(family));

    [Test]
    public void Matched_lines_name_the_copied_lines_on_both_sides()
    {
        var stub = _fingerprinter.Stub("cpp", CppStub);
        var ranges = PairComparer.Ranges(Print("cpp", Kadane, stub), Print("cpp", "\n\n\n" + Kadane, stub));
        Assert.That(ranges, Is.Not.Empty);
        Assert.That(ranges.All(r => r.OtherFirstLine == r.FirstLine + 3 && r.OtherLastLine == r.LastLine + 3), Is.True, string.Join("; ", ranges));
    }

    [Test]
    public void The_index_finds_the_copy_and_leaves_out_what_the_filter_refuses()
    {
        var stub = _fingerprinter.Stub("cpp", CppStub);
        var index = new SimilarityIndex<string>();
        index.Add("kadane", Print("cpp", Kadane, stub));
        index.Add("divide", Print("cpp", DivideAndConquer, stub));
        index.Add("same-candidate", Print("cpp", Kadane, stub));
        var found = index.Closest(Print("cpp", KadaneDisguised, stub), 0.3, 10, key => key != "same-candidate");
        Assert.That(found.Select(f => f.Key), Is.EqualTo(new[] { "kadane" }));
    }

    [Test]
    public void A_program_nested_deeper_than_the_normaliser_reads_does_not_exhaust_the_stack()
    {
        var deep = "x = " + new string('(', 5000) + "1" + new string(')', 5000) + "\n";
        Assert.That(() => Tokens("python", deep), Throws.Nothing);
    }
    [TestCase("{", "}")]
    [TestCase("if (1) {", "}")]
    public void A_copy_wrapped_in_hundreds_of_nested_blocks_still_scores_above_the_threshold(string open, string close)
    {
        // Past the normaliser's depth the body once read as one token: 450 braces around a copied body (which compiles and
        // runs the same) scored 0.06 against the original.
        var body = Kadane[(Kadane.IndexOf("nums) {", StringComparison.Ordinal) + 7)..Kadane.LastIndexOf("    }", StringComparison.Ordinal)];
        var wrapped = Kadane.Replace(body, "\n" + string.Concat(Enumerable.Repeat(open, 450)) + body + string.Concat(Enumerable.Repeat(close, 450)) + "\n",
            StringComparison.Ordinal);
        Assert.That(Similarity("cpp", CppStub, Kadane, wrapped), Is.GreaterThanOrEqualTo(new SimilarityParameters().Threshold));
    }

    [TestCase("cpp", "a[", "]++")]
    [TestCase("javascript", "a[", "] += 1")]
    [TestCase("java", "a[", "] = c ? 1 : 2")]
    public void Steps_nested_in_their_own_targets_grow_the_tokens_linearly_not_doubling_at_each_level(string family, string open, string close)
    {
        // a[a[...a[i]++...]++]++ reads its target twice at every level: 2^n tokens from a program of a few hundred bytes
        // (a 100-byte line of 40 levels would hold the indexer, and the worker that judges beside it, until memory ran out).
        var expression = "i";
        for (var level = 0; level < 18; level++)
        {
            expression = open + expression + close;
        }
        var source = family switch
        {
            "cpp" => $"int main() {{ int a[9] = {{0}}; int i = 0; {expression}; return a[0] + i; }}\n",
            "java" => $"class A {{ int main(int[] a, int i, boolean c) {{ {expression}; return a[0]; }} }}\n",
            _ => $"function f(a, i) {{ {expression}; return a[0]; }}\nf([], 0);\n",
        };
        var tree = _library.Parse(family, Encoding.UTF8.GetBytes(source));
        var tokens = Normalizer.Tokens(tree, new HashSet<string>());
        Assert.That(tokens, Has.Count.GreaterThan(tree.Count / 4), "the program was read, not dropped as unused");
        Assert.That(tokens, Has.Count.LessThan(40 * tree.Count));
    }
}
