using Judge.Worker.Functions;

namespace Judge.UnitTests;

/// <summary>
/// A harness's own account of a mismatch (the C++ harness's "[signature]" static assertion) heads the compile error,
/// in place of the generic "does not match", with nothing else of the harness; Go's compiler output about a design
/// problem's class names the member that differs, and a name the harness declares too says so.
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

    private const string GoLru = """
        package main

        type LRUCache struct{ m map[int]int }

        func Constructor(capacity int) LRUCache { return LRUCache{map[int]int{}} }

        func (this *LRUCache) Get(key string) int { return 0 }
        """;

    private static readonly FunctionHarness GoDesign = new("solution.go", "main.go", "LRUCache", "type LRUCache struct", GoLru,
        [("Constructor", "func Constructor(capacity int) LRUCache"), ("Get", "func (this *LRUCache) Get(key int) int"),
            ("Put", "func (this *LRUCache) Put(key int, value int)")]);

    // Go's own words (go 1.27), the harness's calls on the lines its //line directives give them.
    [TestCase("/w/main.go:9110:18: judgeObject.Put undefined (type *LRUCache has no field or method Put, but does have method put)\n",
        "solution.go: LRUCache has no method Put; the required declaration is: func (this *LRUCache) Put(key int, value int)")]
    [TestCase("/w/main.go:9100:37: cannot use arg0 (variable of type int) as string value in argument to judgeObject.Get\n",
        "solution.go: the method Get of LRUCache does not match the required declaration: func (this *LRUCache) Get(key int) int")]
    [TestCase("/w/main.go:9090:43: cannot use arg0 (variable of type int) as int64 value in argument to Constructor\n",
        "solution.go: the constructor Constructor of LRUCache does not match the required declaration: func Constructor(capacity int) LRUCache")]
    public void A_go_design_mismatch_names_the_member(string output, string message)
    {
        Assert.That(HarnessDiagnostics.Rewrite(output, GoDesign).Trim(), Is.EqualTo(message));
    }

    [Test]
    public void A_go_design_without_its_constructor_or_class_says_so()
    {
        Assert.Multiple(() =>
        {
            Assert.That(HarnessDiagnostics.Rewrite("/w/main.go:9090:31: undefined: Constructor\n", GoDesign with { CandidateSource = "type LRUCache struct{}\n" }).Trim(),
                Is.EqualTo("solution.go: LRUCache has no constructor Constructor; the required declaration is: func Constructor(capacity int) LRUCache"));
            Assert.That(HarnessDiagnostics.Rewrite("/w/main.go:661:22: undefined: LRUCache\n/w/main.go:663:8: undefined: LRUCache\n", GoDesign with { CandidateSource = "type Cache struct{}\n" }).Trim(),
                Is.EqualTo("solution.go: no class LRUCache is declared; the required declaration is: type LRUCache struct"));
        });
    }

    [Test]
    public void A_go_declaration_of_a_name_the_harness_declares_says_what_to_do_and_names_no_harness_file()
    {
        const string output = """
            /w/solution.go:4:6: ListNode redeclared in this block
            	/w/main.go:628:6: other declaration of ListNode
            /w/solution.go:11:6: main redeclared in this block
            	/w/main.go:21:6: other declaration of main

            """;
        var harness = new FunctionHarness("solution.go", "main.go", "reverseList", "func reverseList(head *ListNode) *ListNode", "");

        Assert.That(HarnessDiagnostics.Rewrite(output, harness), Is.EqualTo(
            "solution.go:4: ListNode is already declared: the judge declares LeetCode's ListNode (the stub shows it as a comment); remove this declaration or make it a comment\n"
            + "solution.go:11: main is already declared: the harness is the program's main (it calls your code); remove this func main\n"));
    }
}
