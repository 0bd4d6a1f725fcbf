using Judge.Worker.Functions;

namespace Judge.UnitTests;

/// <summary>
/// A harness's own account of a mismatch (the C++ harness's "[signature]" static assertion) heads the compile error,
/// in place of the generic "does not match", with nothing else of the harness.
/// </summary>
public class NativeHarnessDiagnosticsTests
{
    private static readonly FunctionHarness Harness = new("solution.cpp", "main.cpp", "twoSum", "vector<int> twoSum(vector<int>& nums, int target)",
        "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums) { return {}; }\n};\n");

    [Test]
    public void A_harness_detail_says_what_differs_on_the_declaring_line()
    {
        const string output = """
            /w/main.cpp: In instantiation of 'R judge_harness::call(A& ...) [with R = std::vector<int>; S = Solution; A = {std::vector<int>, int}]':
            /w/main.cpp:353:58:   required from here
              353 |     vector<int> result = judge_harness::call<vector<int>>(arg0, arg1);
            /w/main.cpp:341:23: error: static assertion failed: [signature] Solution::twoSum takes 1 parameter(s), but the problem passes 2 (nums, target)
              341 |         static_assert(false, marked(mismatch<R, A...>()));
            /w/main.cpp:341:23: note: 'false' evaluates to false
            """;

        var rewritten = HarnessDiagnostics.Rewrite(output, Harness);

        Assert.That(rewritten.Trim(), Is.EqualTo("solution.cpp:3: Solution::twoSum takes 1 parameter(s), but the problem passes 2 (nums, target); "
            + "the required declaration is: vector<int> twoSum(vector<int>& nums, int target)"));
    }

    [Test]
    public void A_harness_detail_without_a_declaring_line_names_the_file_alone()
    {
        const string output = "/w/main.cpp:341:23: error: static assertion failed: [signature] no function twoSum is declared\n";

        var rewritten = HarnessDiagnostics.Rewrite(output, Harness with { CandidateSource = "int x;\n" });

        Assert.That(rewritten.Trim(), Is.EqualTo("solution.cpp: no function twoSum is declared; the required declaration is: vector<int> twoSum(vector<int>& nums, int target)"));
    }

    // A design problem's C++ harness names the member ("#0" the constructor, "#K" the K-th method) before the detail.
    private static readonly FunctionHarness LruCache = new("solution.cpp", "main.cpp", "LRUCache", "class LRUCache", "",
        [("LRUCache", "LRUCache(int capacity)"), ("get", "int get(int key)"), ("put", "void put(int key, int value)")]);

    [TestCase("class LRUCache {\npublic:\n    LRUCache(int capacity) {}\n    int get(int key, int other) { return 0; }\n};\n",
        "#1 LRUCache::get takes 2 parameter(s), but the problem passes 1 (key)",
        "solution.cpp:4: LRUCache::get takes 2 parameter(s), but the problem passes 1 (key); the required declaration is: int get(int key)")]
    [TestCase("class LRUCache {\npublic:\n    LRUCache(int capacity) {}\n    void put(int key, int value) {}\n};\n",
        "#1 class LRUCache has no public method that can be called as get(int key)",
        "solution.cpp: LRUCache has no method get; the required declaration is: int get(int key)")]
    [TestCase("class LRUCache {\n    LRUCache(int capacity) {}\n};\n",
        "#0 class LRUCache has no public constructor that can be called as LRUCache(int capacity)",
        "solution.cpp:2: class LRUCache has no public constructor that can be called as LRUCache(int capacity); the required declaration is: LRUCache(int capacity)")]
    public void A_design_detail_names_the_member_and_its_required_declaration(string source, string detail, string expected)
    {
        var output = $"/w/main.cpp:421:27: error: static assertion failed: [signature] {detail}\n/w/main.cpp:421:27: note: 'false' evaluates to false\n";

        var rewritten = HarnessDiagnostics.Rewrite(output, LruCache with { CandidateSource = source });

        Assert.That(rewritten.Trim(), Is.EqualTo(expected));
    }
}
