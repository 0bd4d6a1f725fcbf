using System.Text;
using System.Text.Json;
using Judge.Contracts.V1;
using Judge.Domain.Functions;
using Judge.Worker.Checking;
using Judge.Worker.Functions;
using Judge.Worker.Languages;

namespace Judge.UnitTests;

/// <summary>Linked lists and binary trees in LeetCode's wire format, and design problems' calls, results, checker and stubs.</summary>
public class DesignAndNodeTests
{
    private static readonly FunctionLanguages Spellings = FunctionLanguages.Load();

    private static SignatureType Type(string text) => SignatureType.TryParse(text, out var type) ? type : throw new ArgumentException(text);

    private static Signature LruCache()
    {
        var signature = new Signature { ClassName = "LRUCache" };
        signature.ConstructorParameters.Add(new Parameter { Name = "capacity", Type = "int" });
        var get = new Method { Name = "get", ReturnType = "int" };
        get.Parameters.Add(new Parameter { Name = "key", Type = "int" });
        var put = new Method { Name = "put", ReturnType = "void" };
        put.Parameters.Add([new Parameter { Name = "key", Type = "int" }, new Parameter { Name = "value", Type = "int" }]);
        signature.Methods.Add([get, put]);
        return signature;
    }

    private const string Calls = "[\"LRUCache\",\"put\",\"put\",\"get\",\"put\",\"get\"]\n[[2],[1,1],[2,2],[1],[3,3],[2]]\n";

    [TestCase("ListNode", "[1,2,3]", "[1,2,3]")]
    [TestCase("ListNode", "[]", "[]")]
    [TestCase("TreeNode", "[1,null,2,3]", "[1,null,2,3]")]
    [TestCase("TreeNode", "[3,9,20,null,null,15,7,null,null]", "[3,9,20,null,null,15,7]")]
    [TestCase("TreeNode", "[]", "[]")]
    [TestCase("ListNode[]", "[[1,4,5],[],[2]]", "[[1,4,5],[],[2]]")]
    public void Lists_and_trees_read_as_leetcode_writes_them_trailing_nulls_dropped(string type, string json, string canonical)
    {
        Assert.That(FunctionValues.TryParse(Type(type), Encoding.UTF8.GetBytes(json), allowNull: false, out var value, out var error), Is.True, error);
        Assert.That(FunctionValues.Format(value), Is.EqualTo(canonical));
    }

    [TestCase("TreeNode", "[null,1]", "at [0]: expected TreeNode, found null as the root (an empty tree is [])")]
    [TestCase("TreeNode", "[1,null,null,5]", "at [3]: expected TreeNode, found 5, which is no node's child")]
    [TestCase("TreeNode", "[1,2.5]", "at [1]: expected int, found 2.5")]
    [TestCase("ListNode", "[1,null]", "at [1]: expected int, found null")]
    [TestCase("ListNode", "null", "expected ListNode, found null")]
    [TestCase("ListNode[][]", "[]", "not a type")]
    public void A_malformed_list_or_tree_is_refused_naming_the_place(string type, string json, string message)
    {
        if (message == "not a type")
        {
            Assert.That(SignatureType.TryParse(type, out _), Is.False, "lists and trees form arrays of one dimension only");
            return;
        }
        Assert.That(FunctionValues.TryParse(Type(type), Encoding.UTF8.GetBytes(json), allowNull: false, out _, out var error), Is.False);
        Assert.That(error, Does.StartWith(message));
    }

    [Test]
    public void A_returned_null_list_or_tree_is_the_empty_one()
    {
        var checker = new ReturnValueChecker(Type("TreeNode"), 0, 0, 0);
        Assert.Multiple(() =>
        {
            Assert.That(checker.Compare("[]"u8, "null"u8).Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(checker.Compare("[1,2]"u8, "[1,2,null,null,null]"u8).Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(checker.Compare("[1,2]"u8, "[1,null,2]"u8).Message, Is.EqualTo("expected 2 elements, got 3"));
        });
    }

    [Test]
    public void A_design_signature_parses_with_its_methods_and_refuses_a_mixed_one()
    {
        var parsed = FunctionSignature.From(LruCache());
        Assert.That(parsed.Design!.ToString(), Is.EqualTo("class LRUCache(int capacity) { int get(int key); void put(int key, int value) }"));
        var mixed = LruCache();
        mixed.FunctionName = "get";
        Assert.That(Assert.Throws<SignatureException>(() => FunctionSignature.From(mixed))!.Message, Does.StartWith("signature: a design problem (class_name set) declares methods"));
        var twice = LruCache();
        twice.Methods.Add(new Method { Name = "Get", ReturnType = "int" });
        Assert.That(Assert.Throws<SignatureException>(() => FunctionSignature.From(twice))!.Message, Does.StartWith("signature.methods[2].name: 'Get' is already the name"));
        var none = new Signature { ClassName = "Counter" };
        Assert.That(Assert.Throws<SignatureException>(() => FunctionSignature.From(none))!.Message, Does.StartWith("signature.methods: 1 to 20 methods"));
    }

    [TestCase("[\"LRUCache\",\"put\"]\n[[2],[1,1]]\n", null)]
    [TestCase("[\"put\"]\n[[1,1]]\n", "line 1 (the calls): the first call is the constructor, \"LRUCache\"; found \"put\"")]
    [TestCase("[\"LRUCache\",\"remove\"]\n[[2],[1]]\n", "line 1 (the calls): at [1]: \"remove\" is not a method of LRUCache (get, put)")]
    [TestCase("[\"LRUCache\",\"put\"]\n[[2],[1]]\n", "line 2 (the arguments): at [1] (put): expected 2 argument(s) (key, value); found 1")]
    [TestCase("[\"LRUCache\",\"get\"]\n[[2],[\"a\"]]\n", "line 2 (the arguments): at [1][0]: expected int, found a string (get key)")]
    [TestCase("[\"LRUCache\",\"get\"]\n[[2]]\n", "line 2 (the arguments): expected 2 argument lists, one per call; found 1")]
    [TestCase("[\"LRUCache\"]\n", "expected 2 lines")]
    public void A_design_tests_calls_are_checked_naming_the_line_and_call(string input, string? message)
    {
        var signature = FunctionSignature.From(LruCache());
        Assert.That(FunctionValues.CheckArguments(signature, Encoding.UTF8.GetBytes(input)), message is null ? Is.Null : Does.StartWith(message));
    }

    [TestCase("[null,null,null,1,null,-1]", null)]
    [TestCase("[null,null,null,1,null]", "expected 6 results, one per call; found 5")]
    [TestCase("[null,null,null,1,5,-1]", "at [4] (put(3,3)): expected null (a void method), found 5")]
    [TestCase("[null,null,null,\"1\",null,-1]", "at [3]: expected int, found a string (get(1))")]
    public void A_design_tests_expected_results_are_checked_one_per_call(string expected, string? message)
    {
        var signature = FunctionSignature.From(LruCache());
        Assert.That(FunctionValues.CheckExpected(signature, Encoding.UTF8.GetBytes(Calls), Encoding.UTF8.GetBytes(expected)),
            message is null ? Is.Null : Does.StartWith(message));
    }

    [TestCase("[null,null,null,1,null,-1]", Verdict.Accepted, "")]
    [TestCase("[null,null,null,1,null,2]", Verdict.WrongAnswer, "call 5, get(2): expected -1, got 2")]
    [TestCase("[null,null,null,1]", Verdict.WrongAnswer, "the results are not what LRUCache's methods return: expected 6 results, one per call; found 4")]
    [TestCase("", Verdict.WrongAnswer, "no results: the program ended before the calls were made")]
    public void The_design_checker_names_the_first_differing_call(string actual, Verdict verdict, string message)
    {
        var checker = new DesignChecker(FunctionSignature.From(LruCache()).Design!, 0, 0);
        var result = checker.Compare(Encoding.UTF8.GetBytes(Calls), "[null,null,null,1,null,-1]"u8, Encoding.UTF8.GetBytes(actual));
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(verdict));
            Assert.That(result.Message, Is.EqualTo(message));
        });
    }

    [Test]
    public void Design_stubs_are_each_languages_class_form()
    {
        var signature = FunctionSignature.From(LruCache());
        Assert.Multiple(() =>
        {
            Assert.That(Spellings.StubFor("cpp", signature), Does.Contain("class LRUCache {\npublic:\n    LRUCache(int capacity) {\n        \n    }\n    \n    int get(int key) {"));
            Assert.That(Spellings.StubFor("python", signature), Does.Contain("class LRUCache:\n\n    def __init__(self, capacity: int):\n        pass\n\n    def get(self, key: int) -> int:\n        pass\n\n    def put(self, key: int, value: int) -> None:"));
            Assert.That(Spellings.StubFor("java", signature), Does.Contain("class LRUCache {\n\n    public LRUCache(int capacity) {\n        \n    }\n    \n    public int get(int key) {"));
            Assert.That(Spellings.StubFor("go", signature), Does.Contain("type LRUCache struct {\n\t\n}\n\nfunc Constructor(capacity int) LRUCache {\n\t\n}\n\nfunc (this *LRUCache) Get(key int) int {\n\t\n}\n\nfunc (this *LRUCache) Put(key int, value int) {"));
            Assert.That(Spellings.StubFor("javascript", signature), Does.Contain("class LRUCache {\n    /**\n     * @param {number} capacity\n     */\n    constructor(capacity) {"));
            Assert.That(Spellings.StubFor("typescript", signature), Does.Contain("    put(key: number, value: number): void {"));
            Assert.That(Spellings.StubFor("csharp", signature), Does.Contain("public class LRUCache\n{\n    public LRUCache(int capacity)\n    {\n        \n    }\n\n    public int Get(int key)"));
        });
    }

    [Test]
    public void A_stub_shows_the_definition_of_each_node_type_it_uses()
    {
        var signature = new Signature { FunctionName = "mergeKLists", ReturnType = "ListNode" };
        signature.Parameters.Add(new Parameter { Name = "lists", Type = "ListNode[]" });
        var parsed = FunctionSignature.From(signature);
        Assert.Multiple(() =>
        {
            Assert.That(Spellings.StubFor("cpp", parsed), Does.Contain(" * struct ListNode {").And.Contain("ListNode* mergeKLists(vector<ListNode*>& lists) {").And.Not.Contain("TreeNode"));
            Assert.That(Spellings.StubFor("python", parsed), Does.Contain("# class ListNode:").And.Contain("def merge_k_lists(lists: List[Optional[ListNode]]) -> Optional[ListNode]:"));
            Assert.That(Spellings.StubFor("typescript", parsed), Does.Contain("function mergeKLists(lists: (ListNode | null)[]): ListNode | null {"));
            Assert.That(Spellings.StubFor("go", parsed), Does.Contain("func mergeKLists(lists []*ListNode) *ListNode {"));
        });
    }

    [Test]
    public void The_cpp_harness_defines_the_node_types_only_for_a_problem_that_uses_them_and_fills_each_method()
    {
        var root = RepositoryRoot.Find();
        using var table = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "Judge.Worker", "languages.json")));
        var support = JsonSerializer.Deserialize<FunctionSupport>(table.RootElement.GetProperty("Languages").GetProperty("cpp").GetProperty("Function").GetRawText())!;
        var template = File.ReadAllText(Path.Combine(root, "Judge.Worker", support.Harness));
        Spellings.TryGet("cpp", out var cpp);
        string Harness(Signature signature) => HarnessWriter.Write(template, support, cpp!, FunctionSignature.From(signature));
        var reverse = new Signature { FunctionName = "reverseList", ReturnType = "ListNode" };
        reverse.Parameters.Add(new Parameter { Name = "head", Type = "ListNode" });
        var twoSum = new Signature { FunctionName = "twoSum", ReturnType = "int[]" };
        twoSum.Parameters.Add([new Parameter { Name = "nums", Type = "int[]" }, new Parameter { Name = "target", Type = "int" }]);

        var lists = Harness(reverse);
        var plain = Harness(twoSum);
        var design = Harness(LruCache());

        Assert.Multiple(() =>
        {
            Assert.That(lists, Does.Contain("struct ListNode {").And.Contain("struct TreeNode {").And.Contain("void write(ListNode* head)"));
            Assert.That(plain, Does.Not.Contain("ListNode"), "a candidate's own TreeNode (a trie's) must not clash with LeetCode's");
            Assert.That(design, Does.Contain("int arg1 = judge_input.item<int>();").And.Contain("names = \"key, value\"")
                .And.Contain("judge_harness::construct<::LRUCache>(arg0)").And.Not.Contain("ListNode"));
            Assert.That(lists + plain + design, Does.Not.Contain("{{"));
        });
    }

    [Test]
    public void The_go_harness_declares_a_node_type_only_for_a_signature_that_uses_it_and_numbers_a_design_problems_calls()
    {
        var template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Functions", "Harnesses", "go.go"));
        var support = new FunctionSupport
        {
            SolutionFile = "solution.go", HarnessFile = "main.go", Harness = "Functions/Harnesses/go.go", Nodes = true,
            ReadArgument = "arg{index} := judgeRead{Kind}(\"{name}\")", DesignReadArgument = "arg{index} := judgeItem(\"{name}\", judge{Kind})",
        };
        Assert.That(Spellings.TryGet("go", out var go), Is.True);
        string Harness(Signature signature) => HarnessWriter.Write(template, support, go!, FunctionSignature.From(signature));
        var reverse = new Signature { FunctionName = "reverseList", ReturnType = "ListNode" };
        reverse.Parameters.Add(new Parameter { Name = "head", Type = "ListNode" });
        var twoSum = new Signature { FunctionName = "twoSum", ReturnType = "int[]" };
        twoSum.Parameters.Add([new Parameter { Name = "nums", Type = "int[]" }, new Parameter { Name = "target", Type = "int" }]);

        var list = Harness(reverse);
        var plain = Harness(twoSum);
        var design = Harness(LruCache());
        Assert.Multiple(() =>
        {
            Assert.That(list, Does.Contain("type ListNode struct").And.Contain("var result *ListNode = reverseList(arg0)").And.Not.Contain("type TreeNode struct"));
            Assert.That(plain, Does.Not.Contain("type ListNode struct").And.Not.Contain("type TreeNode struct").And.Not.Contain("judgeObject"));
            Assert.That(design, Does.Contain("//line main.go:9090:1\n\tjudgeObject := judgeInstance(Constructor(arg0))\n")
                .And.Contain("//line main.go:9100:1\n\t\t\tvar result int = judgeObject.Get(arg0)\n\t\t\tjudgeWriteInt(result)\n")
                .And.Contain("//line main.go:9110:1\n\t\t\tjudgeObject.Put(arg0, arg1)\n\t\t\tjudgeOut.WriteString(\"null\")\n")
                .And.Not.Contain("type ListNode struct").And.Not.Contain("{{"));
        });
    }
}
