using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// The C++ and Go harnesses (docs/function-problems.md) beyond what every language shares
/// (<see cref="FunctionProblemTests"/>): LeetCode's C++ `class Solution` pasted as is, a C++ mismatch's message
/// saying what differs, a returned string that is not UTF-8, char and three-dimensional arrays, void functions judged
/// by the argument they change in place, and C++'s and Go's lists, trees and design problems in LeetCode's form beyond the examples.
/// </summary>
[NonParallelizable]
public class NativeFunctionTests
{
    private static readonly string[] NativeLanguages = ["cpp", "go"];

    private static readonly string[] Scalars = ["int", "long", "double", "bool", "string", "char"];

    // Per scalar type: a T[][][] argument, echoed (the harness reads it and writes it back).
    private static readonly Dictionary<string, string> ThreeDimensional = new()
    {
        ["int"] = "[[[1,-2147483648],[]],[],[[2147483647]]]",
        ["long"] = "[[[9223372036854775807,-9223372036854775808]],[[],[0]]]",
        ["double"] = "[[[0.1,-2.5e-300]],[[1e300]]]",
        ["bool"] = "[[[true],[false,true]]]",
        ["string"] = "[[[\"a\\\"\\\\\\n\",\"h\\u00e9 \\ud83d\\ude00\"]],[[\"\"]]]",
        ["char"] = "[[[\"a\",\" \",\"~\"],[\"\\\"\",\"\\\\\"]],[]]",
    };

    private JudgeHarness _judge = null!;

    public static IEnumerable<TestCaseData> LanguagesAndScalars =>
        from language in NativeLanguages
        from type in Scalars
        select new TestCaseData(language, type).SetArgDisplayNames(language, type);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync();
        await _judge.WaitForLanguagesAsync(NativeLanguages);
        await _judge.Problems.PutAsync("fn-native-two-sum", [ProblemTest.Text("[2,7,11,15]\n9\n", "[0,1]", sample: true), ProblemTest.Text("[3,2,4]\n6\n", "[1,2]")],
            header => header.Signature = new Signature
            {
                FunctionName = "twoSum",
                Parameters = { new Parameter { Name = "nums", Type = "int[]" }, new Parameter { Name = "target", Type = "int" } },
                ReturnType = "int[]",
            });
        await _judge.Problems.PutAsync("fn-native-rotate",
            [ProblemTest.Text("[[1,2],[3,4]]\n", "[[3,1],[4,2]]", sample: true), ProblemTest.Text("[[1,2,3],[4,5,6],[7,8,9]]\n", "[[7,4,1],[8,5,2],[9,6,3]]")],
            header => header.Signature = new Signature
            {
                FunctionName = "rotate",
                Parameters = { new Parameter { Name = "matrix", Type = "int[][]" } },
                ReturnType = "void",
                InPlace = "matrix",
            });
        await _judge.Problems.PutAsync("fn-native-reverse", [ProblemTest.Text("\"a\\ud83d\\ude00b\"\n", "\"b\\ud83d\\ude00a\"", sample: true)],
            header => header.Signature = new Signature
            {
                FunctionName = "reverseText",
                Parameters = { new Parameter { Name = "s", Type = "string" } },
                ReturnType = "string",
            });
        await _judge.Problems.PutAsync("fn-native-char", [ProblemTest.Text("\"\\\"\"\n[\"a\",\"\\\\\",\" \"]\n[[\"~\"],[]]\n[[[\"x\",\"y\"]],[]]\n",
                "[[[\"x\",\"y\"]],[],[[\"~\"],[]],[[\"a\",\"\\\\\",\" \"]],[[\"\\\"\"]]]", sample: true)],
            header => header.Signature = new Signature
            {
                FunctionName = "echo",
                Parameters =
                {
                    new Parameter { Name = "a", Type = "char" }, new Parameter { Name = "b", Type = "char[]" },
                    new Parameter { Name = "c", Type = "char[][]" }, new Parameter { Name = "d", Type = "char[][][]" },
                },
                ReturnType = "char[][][]",
            });
        foreach (var (type, value) in ThreeDimensional)
        {
            await _judge.Problems.PutAsync($"fn-native-3d-{type}", [ProblemTest.Text(value + "\n", value, sample: true)], header => header.Signature = new Signature
            {
                FunctionName = "echo",
                Parameters = { new Parameter { Name = "a", Type = type + "[][][]" } },
                ReturnType = type + "[][][]",
            });
        }
        await PutFunction("fn-native-reverse-list", "reverseList", "ListNode", ("head", "ListNode"), ("[1,2,3,4,5]\n", "[5,4,3,2,1]"), ("[]\n", "[]"));
        await PutFunction("fn-native-merge-k", "mergeKLists", "ListNode", ("lists", "ListNode[]"), ("[[1,4,5],[1,3,4],[2,6],[]]\n", "[1,1,2,3,4,4,5,6]"), ("[]\n", "[]"));
        await _judge.Problems.PutAsync("fn-native-reorder", [ProblemTest.Text("[1,2,3,4,5]\n", "[1,5,2,4,3]", sample: true)], header => header.Signature = new Signature
        {
            FunctionName = "reorderList",
            Parameters = { new Parameter { Name = "head", Type = "ListNode" } },
            ReturnType = "void",
            InPlace = "head",
        });
        await _judge.Problems.PutAsync("fn-native-lru", [ProblemTest.Text(
            "[\"LRUCache\",\"put\",\"put\",\"get\",\"put\",\"get\",\"put\",\"get\",\"get\",\"get\"]\n[[2],[1,1],[2,2],[1],[3,3],[2],[4,4],[1],[3],[4]]\n",
            "[null,null,null,1,null,-1,null,-1,3,4]", sample: true)], header => header.Signature = new Signature
        {
            ClassName = "LRUCache",
            ConstructorParameters = { new Parameter { Name = "capacity", Type = "int" } },
            Methods =
            {
                new Method { Name = "get", Parameters = { new Parameter { Name = "key", Type = "int" } }, ReturnType = "int" },
                new Method { Name = "put", Parameters = { new Parameter { Name = "key", Type = "int" }, new Parameter { Name = "value", Type = "int" } }, ReturnType = "void" },
            },
        });
        await _judge.Problems.PutAsync("fn-native-codec", [ProblemTest.Text(
            "[\"Codec\",\"serialize\",\"deserialize\",\"forests\"]\n[[],[[1,2,3,null,null,4,5]],[\"1 2 # # 3 # #\"],[[[1,null,2],[]]]]\n",
            "[null,\"1 2 # # 3 4 # # 5 # #\",[1,2,3],[[],[1,null,2]]]", sample: true)], header => header.Signature = new Signature
        {
            ClassName = "Codec",
            Methods =
            {
                new Method { Name = "serialize", Parameters = { new Parameter { Name = "root", Type = "TreeNode" } }, ReturnType = "string" },
                new Method { Name = "deserialize", Parameters = { new Parameter { Name = "data", Type = "string" } }, ReturnType = "TreeNode" },
                new Method { Name = "forests", Parameters = { new Parameter { Name = "roots", Type = "TreeNode[]" } }, ReturnType = "TreeNode[]" },
            },
        });
    }

    private async Task PutFunction(string id, string function, string returns, (string Name, string Type) parameter, params (string Input, string Expected)[] tests) =>
        await _judge.Problems.PutAsync(id, [.. tests.Select(t => ProblemTest.Text(t.Input, t.Expected, sample: true))], header => header.Signature = new Signature
        {
            FunctionName = function,
            Parameters = { new Parameter { Name = parameter.Name, Type = parameter.Type } },
            ReturnType = returns,
        });

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    [Test]
    public async Task LeetCodes_cpp_class_Solution_pasted_as_is_is_accepted()
    {
        const string source = """
            class Solution {
                unordered_map<int, int> seen;  // state of its own, and a constructor: LeetCode's Solution may have both

            public:
                Solution() { seen.reserve(16); }

                vector<int> twoSum(vector<int>& nums, int target) {
                    for (int i = 0; i < (int)nums.size(); i++) {
                        auto found = seen.find(target - nums[i]);
                        if (found != seen.end()) return {found->second, i};
                        seen[nums[i]] = i;
                    }
                    return {};
                }
            };
            """;

        var result = await _judge.Judge.JudgeAsync("fn-native-two-sum", "cpp", source);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
    }

    [Test]
    public async Task A_cpp_free_function_overloaded_with_a_helper_of_the_same_name_is_accepted()
    {
        const string source = """
            vector<int> twoSum(vector<int>& nums, int target, int from) {
                for (int j = from + 1; j < (int)nums.size(); j++)
                    if (nums[from] + nums[j] == target) return {from, j};
                return twoSum(nums, target, from + 1);
            }

            vector<int> twoSum(vector<int>& nums, int target) { return twoSum(nums, target, 0); }
            """;

        var result = await _judge.Judge.JudgeAsync("fn-native-two-sum", "cpp", source);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
    }

    // What a C++ declaration that does not fit is told: what differs, then the declaration required.
    private const string TwoSumDeclaration = "; the required declaration is: vector<int> twoSum(vector<int>& nums, int target)";

    private static readonly Dictionary<string, (string Source, string Message)> CppMismatches = new()
    {
        ["parameter type"] = ("vector<int> twoSum(const vector<long long>& nums, int target) { return {0, 1}; }",
            "solution.cpp:1: twoSum: parameter 1 (nums) is const vector<long long>&, but the problem passes vector<int>" + TwoSumDeclaration),
        ["second parameter type"] = ("\nvector<int> twoSum(vector<int> nums, string target) { return {0, 1}; }",
            "solution.cpp:2: twoSum: parameter 2 (target) is string, but the problem passes int" + TwoSumDeclaration),
        ["narrowing parameter"] = ("vector<int> twoSum(vector<int>& nums, float target) { return {0, 1}; }",
            "solution.cpp:1: twoSum: parameter 2 (target) is float, which cannot hold every value of the int the problem passes" + TwoSumDeclaration),
        ["return type"] = ("string twoSum(vector<int>& nums, int target) { return \"\"; }",
            "solution.cpp:1: twoSum returns string, but the problem expects vector<int>" + TwoSumDeclaration),
        ["rvalue reference"] = ("vector<int> twoSum(vector<int>&& nums, int target) { return {0, 1}; }",
            "solution.cpp:1: twoSum: parameter 1 (nums) is vector<int>&&; take it by value, by reference (&) or by const reference (const&)" + TwoSumDeclaration),
        ["method parameter count"] = ("class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums) { return {0, 1}; }\n};",
            "solution.cpp:3: Solution::twoSum takes 1 parameter(s), but the problem passes 2 (nums, target)" + TwoSumDeclaration),
        ["private method"] = ("class Solution {\n    vector<int> twoSum(vector<int>& nums, int target) { return {0, 1}; }\n};",
            "solution.cpp:2: class Solution has no public method that can be called as twoSum(vector<int> nums, int target)" + TwoSumDeclaration),
        ["overloads"] = ("vector<int> twoSum(vector<int>& nums) { return {}; }\nvector<int> twoSum(int target) { return {}; }",
            "solution.cpp:1: no declaration of twoSum can be called as twoSum(vector<int> nums, int target)" + TwoSumDeclaration),
        ["no function"] = ("vector<int> twoSums(vector<int>& nums, int target) { return {0, 1}; }",
            "solution.cpp: no function twoSum is declared (neither a free function nor a public method of class Solution)" + TwoSumDeclaration),
    };

    public static IEnumerable<TestCaseData> CppMismatchCases => CppMismatches.Keys.Select(key => new TestCaseData(key).SetArgDisplayNames(key));

    [TestCaseSource(nameof(CppMismatchCases))]
    public async Task A_cpp_declaration_that_does_not_fit_is_a_compilation_error_saying_what_differs(string mismatch)
    {
        var (source, message) = CppMismatches[mismatch];

        var result = await _judge.Judge.JudgeAsync("fn-native-two-sum", "cpp", source);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.CompilationError), result.ToString());
            Assert.That(result.CompileOutput.Trim(), Is.EqualTo(message));
        });
    }

    [TestCase("cpp", "string reverseText(string s) { reverse(s.begin(), s.end()); return s; }")]
    [TestCase("go", "package main\n\nfunc reverseText(s string) string {\n\tb := []byte(s)\n\tfor i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {\n\t\tb[i], b[j] = b[j], b[i]\n\t}\n\treturn string(b)\n}\n")]
    public async Task A_string_returned_with_its_bytes_reversed_is_a_wrong_answer_saying_it_is_not_valid_unicode(string language, string source)
    {
        var result = await _judge.Judge.JudgeAsync("fn-native-reverse", language, source, SubmitMode.Run);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer), result.ToString());
            Assert.That(result.Tests[0].CheckerMessage, Does.Contain("not valid Unicode"));
        });
    }

    private static readonly Dictionary<string, string> Rotations = new()
    {
        ["cpp"] = """
            void rotate(vector<vector<int>>& matrix) {
                int n = matrix.size();
                for (int i = 0; i < n; i++)
                    for (int j = i + 1; j < n; j++) swap(matrix[i][j], matrix[j][i]);
                for (auto& row : matrix) reverse(row.begin(), row.end());
            }
            """,
        ["cpp class Solution"] = """
            class Solution {
            public:
                void rotate(vector<vector<int>>& matrix) {
                    int n = matrix.size();
                    for (int i = 0; i < n; i++)
                        for (int j = i + 1; j < n; j++) swap(matrix[i][j], matrix[j][i]);
                    for (auto& row : matrix) reverse(row.begin(), row.end());
                }
            };
            """,
        ["go"] = """
            package main

            func rotate(matrix [][]int) {
            	n := len(matrix)
            	for i := 0; i < n; i++ {
            		for j := i + 1; j < n; j++ {
            			matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
            		}
            	}
            	for _, row := range matrix {
            		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
            			row[i], row[j] = row[j], row[i]
            		}
            	}
            }
            """,
    };

    [TestCase("cpp")]
    [TestCase("cpp class Solution")]
    [TestCase("go")]
    public async Task A_void_function_is_judged_by_the_argument_it_changes_in_place(string form)
    {
        var language = form.Split(' ')[0];

        var result = await _judge.Judge.JudgeAsync("fn-native-rotate", language, Rotations[form]);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
            Assert.That(result.Tests, Has.Count.EqualTo(2));
        });
    }

    [TestCase("cpp", "void rotate(vector<vector<int>>& matrix) { matrix[0][0] = 0; }")]
    [TestCase("go", "package main\n\nfunc rotate(matrix [][]int) { matrix[0][0] = 0 }\n")]
    public async Task A_void_function_that_changes_its_argument_wrongly_is_a_wrong_answer(string language, string source)
    {
        var result = await _judge.Judge.JudgeAsync("fn-native-rotate", language, source, SubmitMode.Run);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer), result.ToString());
            Assert.That(result.Tests[0].ReturnValue.ToStringUtf8(), Is.EqualTo("[[0,2],[3,4]]"), "the argument after the call");
        });
    }

    [TestCase("void rotate(vector<vector<int>> matrix) { }", "vector<vector<int>>")]
    [TestCase("class Solution {\npublic:\n    void rotate(const vector<vector<int>>& matrix) { }\n};", "const vector<vector<int>>&")]
    public async Task A_cpp_void_function_taking_its_in_place_argument_by_value_is_a_compilation_error(string source, string declared)
    {
        var result = await _judge.Judge.JudgeAsync("fn-native-rotate", "cpp", source);

        var what = source.StartsWith("class") ? "Solution::rotate" : "rotate";
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.CompilationError), result.ToString());
            Assert.That(result.CompileOutput, Does.Contain($"{what}: parameter 1 (matrix) is changed in place (its value after the call is the answer), so it must be taken "
                + $"by reference (vector<vector<int>>&), not as {declared}; the required declaration is: void rotate(vector<vector<int>>& matrix)"));
            Assert.That(result.CompileOutput, Does.Not.Contain("judge").IgnoreCase);
        });
    }

    private static readonly Dictionary<string, string> CharEchoes = new()
    {
        ["cpp"] = """
            vector<vector<vector<char>>> echo(char a, vector<char>& b, vector<vector<char>>& c, vector<vector<vector<char>>>& d) {
                auto rows = d;
                rows.push_back(c);
                rows.push_back({b});
                rows.push_back({{a}});
                return rows;
            }
            """,
        ["go"] = """
            package main

            func echo(a byte, b []byte, c [][]byte, d [][][]byte) [][][]byte {
            	return append(d, c, [][]byte{b}, [][]byte{{a}})
            }
            """,
    };

    [TestCase("cpp")]
    [TestCase("go")]
    public async Task A_char_round_trips_as_a_value_and_in_arrays_of_one_two_and_three_dimensions(string language)
    {
        var result = await _judge.Judge.JudgeAsync("fn-native-char", language, CharEchoes[language], SubmitMode.Run);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), $"{result.Tests.FirstOrDefault()?.CheckerMessage}\n{result}");
    }

    [TestCaseSource(nameof(LanguagesAndScalars))]
    public async Task A_three_dimensional_array_of_each_scalar_type_round_trips(string language, string type)
    {
        var name = Domain.Functions.FunctionLanguages.Load().TryGet(language, out var row)
            ? row.TypeName(new Domain.Functions.SignatureType(Enum.Parse<Domain.Functions.ScalarType>(type, ignoreCase: true), 3))
            : throw new InvalidOperationException(language);
        var source = language == "cpp" ? $"{name} echo({name}& a) {{ return a; }}" : $"package main\n\nfunc echo(a {name}) {name} {{\n\treturn a\n}}\n";

        var result = await _judge.Judge.JudgeAsync($"fn-native-3d-{type}", language, source, SubmitMode.Run);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), $"{result.Tests.FirstOrDefault()?.CheckerMessage}\n{result}");
    }

    [Test]
    public async Task Cpp_lists_in_LeetCodes_form_a_returned_cycle_and_a_design_class_lacking_a_method()
    {
        const string cycle = """
            class Solution {
            public:
                ListNode* reverseList(ListNode* head) {
                    ListNode* last = head;
                    while (last->next) last = last->next;
                    last->next = head;
                    return head;
                }
            };
            """;
        const string merge = """
            class Solution {
            public:
                ListNode* mergeKLists(vector<ListNode*>& lists) {
                    auto later = [](ListNode* a, ListNode* b) { return a->val > b->val; };
                    priority_queue<ListNode*, vector<ListNode*>, decltype(later)> heads(later);
                    for (ListNode* list : lists) if (list) heads.push(list);
                    ListNode dummy, *tail = &dummy;
                    while (!heads.empty()) {
                        ListNode* node = heads.top();
                        heads.pop();
                        tail = tail->next = node;
                        if (node->next) heads.push(node->next);
                    }
                    return dummy.next;
                }
            };
            """;
        // LeetCode's void reorderList(ListNode* head): the head pointer by value, its nodes changed.
        const string reorder = """
            class Solution {
            public:
                void reorderList(ListNode* head) {
                    vector<ListNode*> nodes;
                    for (ListNode* node = head; node; node = node->next) nodes.push_back(node);
                    int i = 0, j = (int)nodes.size() - 1;
                    while (i < j) {
                        nodes[i++]->next = nodes[j];
                        if (i == j) break;
                        nodes[j--]->next = nodes[i];
                    }
                    if (!nodes.empty()) nodes[i]->next = nullptr;
                }
            };
            """;
        const string noGet = "class LRUCache {\npublic:\n    LRUCache(int capacity) {}\n    void put(int key, int value) {}\n};\n";

        var results = await Task.WhenAll(
            _judge.Judge.JudgeAsync("fn-native-reverse-list", "cpp", cycle, SubmitMode.Run),
            _judge.Judge.JudgeAsync("fn-native-merge-k", "cpp", merge),
            _judge.Judge.JudgeAsync("fn-native-reorder", "cpp", reorder),
            _judge.Judge.JudgeAsync("fn-native-lru", "cpp", noGet, SubmitMode.Run));

        Assert.Multiple(() =>
        {
            Assert.That(results[0].Verdict, Is.EqualTo(Verdict.WrongAnswer), $"a cycle: {results[0]}");
            Assert.That(results[0].Tests[0].CheckerMessage, Is.EqualTo("expected 5 elements, got 1000001"), "a list with a cycle is cut after 10^6 + 1 nodes");
            Assert.That(results[1].Verdict, Is.EqualTo(Verdict.Accepted), $"merge k: {results[1]}");
            Assert.That(results[2].Verdict, Is.EqualTo(Verdict.Accepted), $"reorder: {results[2]}");
            Assert.That(results[3].Verdict, Is.EqualTo(Verdict.CompilationError), $"no get: {results[3]}");
            Assert.That(results[3].CompileOutput.Trim(), Is.EqualTo("solution.cpp: LRUCache has no method get; the required declaration is: int get(int key)"));
        });
    }

    // LeetCode's Go, pasted as is (ListNode and TreeNode in comments, the harness declares them).
    private const string GoCycle = """
        package main

        func reverseList(head *ListNode) *ListNode {
        	if head != nil && head.Next != nil {
        		head.Next.Next = head
        	}
        	return head
        }
        """;

    private const string GoMerge = """
        package main

        import "sort"

        /**
         * Definition for singly-linked list.
         * type ListNode struct {
         *     Val int
         *     Next *ListNode
         * }
         */
        func mergeKLists(lists []*ListNode) *ListNode {
        	var nodes []*ListNode
        	for _, l := range lists {
        		for ; l != nil; l = l.Next {
        			nodes = append(nodes, l)
        		}
        	}
        	sort.SliceStable(nodes, func(i, j int) bool { return nodes[i].Val < nodes[j].Val })
        	dummy := &ListNode{}
        	tail := dummy
        	for _, n := range nodes {
        		tail.Next = n
        		tail = n
        	}
        	tail.Next = nil
        	return dummy.Next
        }
        """;

    private const string GoReorder = """
        package main

        func reorderList(head *ListNode) {
        	var nodes []*ListNode
        	for n := head; n != nil; n = n.Next {
        		nodes = append(nodes, n)
        	}
        	i, j := 0, len(nodes)-1
        	for i < j {
        		nodes[i].Next = nodes[j]
        		i++
        		if i == j {
        			break
        		}
        		nodes[j].Next = nodes[i]
        		j--
        	}
        	if len(nodes) > 0 {
        		nodes[i].Next = nil
        	}
        }
        """;

    // An LRU cache: a map of the values, and the keys from least to most recently used.
    private const string GoLruBody = """

        type LRUCache struct {
        	capacity int
        	values   map[int]int
        	order    []int
        }

        func (this *LRUCache) Get(key int) int {
        	v, ok := this.values[key]
        	if !ok {
        		return -1
        	}
        	this.touch(key)
        	return v
        }

        func (this *LRUCache) Put(key int, value int) {
        	if _, ok := this.values[key]; !ok && len(this.values) == this.capacity {
        		delete(this.values, this.order[0])
        		this.order = this.order[1:]
        	}
        	this.values[key] = value
        	this.touch(key)
        }

        func (this *LRUCache) touch(key int) {
        	for i, k := range this.order {
        		if k == key {
        			this.order = append(this.order[:i], this.order[i+1:]...)
        			break
        		}
        	}
        	this.order = append(this.order, key)
        }
        """;

    private const string GoCodec = """
        package main

        import (
        	"strconv"
        	"strings"
        )

        type Codec struct{}

        func Constructor() Codec { return Codec{} }

        func (this *Codec) Serialize(root *TreeNode) string {
        	if root == nil {
        		return "#"
        	}
        	return strconv.Itoa(root.Val) + " " + this.Serialize(root.Left) + " " + this.Serialize(root.Right)
        }

        func (this *Codec) Deserialize(data string) *TreeNode {
        	words := strings.Fields(data)
        	var build func() *TreeNode
        	build = func() *TreeNode {
        		word := words[0]
        		words = words[1:]
        		if word == "#" {
        			return nil
        		}
        		v, _ := strconv.Atoi(word)
        		return &TreeNode{Val: v, Left: build(), Right: build()}
        	}
        	return build()
        }

        func (this *Codec) Forests(roots []*TreeNode) []*TreeNode {
        	return []*TreeNode{roots[1], roots[0]}
        }
        """;

    [Test]
    public async Task Go_lists_trees_and_design_problems_in_LeetCodes_form()
    {
        const string ownListNode = "package main\n\ntype ListNode struct {\n\tVal  int\n\tNext *ListNode\n}\n\nfunc reverseList(head *ListNode) *ListNode { return head }\n";
        var r = await Task.WhenAll(
            _judge.Judge.JudgeAsync("fn-native-reverse-list", "go", GoCycle, SubmitMode.Run),
            _judge.Judge.JudgeAsync("fn-native-merge-k", "go", GoMerge),
            _judge.Judge.JudgeAsync("fn-native-reorder", "go", GoReorder),
            _judge.Judge.JudgeAsync("fn-native-lru", "go", "package main\n\nfunc Constructor(capacity int) *LRUCache {\n\treturn &LRUCache{capacity: capacity, values: map[int]int{}}\n}\n" + GoLruBody),
            _judge.Judge.JudgeAsync("fn-native-lru", "go", "package main\n\nfunc Constructor(capacity int) LRUCache {\n\treturn LRUCache{capacity: capacity}\n}\n" + GoLruBody, SubmitMode.Run),
            _judge.Judge.JudgeAsync("fn-native-lru", "go", "package main\n\nfunc Constructor(capacity int) LRUCache {\n\treturn LRUCache{capacity: capacity}\n}\n" + GoLruBody.Replace("Put(", "put("), SubmitMode.Run),
            _judge.Judge.JudgeAsync("fn-native-codec", "go", GoCodec),
            _judge.Judge.JudgeAsync("fn-native-reverse-list", "go", ownListNode, SubmitMode.Run),
            // LeetCode's Go has no package clause: the solution is put in package main.
            _judge.Judge.JudgeAsync("fn-native-reorder", "go", GoReorder.Replace("package main\n", "// Definition for singly-linked list.\n"), SubmitMode.Run));

        Assert.Multiple(() =>
        {
            Assert.That(r[0].Verdict, Is.EqualTo(Verdict.WrongAnswer), $"a cycle, cut after 10^6 + 1 nodes: {r[0]}");
            Assert.That(r[1].Verdict, Is.EqualTo(Verdict.Accepted), $"ListNode[]: {r[1]}");
            Assert.That(r[2].Verdict, Is.EqualTo(Verdict.Accepted), $"a void function changing its list: {r[2]}");
            Assert.That(r[3].Verdict, Is.EqualTo(Verdict.Accepted), $"LRU, its Constructor returning a pointer: {r[3]}");
            Assert.That(r[4].Verdict, Is.EqualTo(Verdict.RuntimeError), $"Put panics on a nil map: {r[4]}");
            Assert.That(r[5].Verdict, Is.EqualTo(Verdict.CompilationError), $"put for Put: {r[5]}");
            Assert.That(r[5].CompileOutput.Trim(), Is.EqualTo("solution.go: LRUCache has no method Put; the required declaration is: func (this *LRUCache) Put(key int, value int)"));
            Assert.That(r[6].Verdict, Is.EqualTo(Verdict.Accepted), $"TreeNode, TreeNode[] in a design problem: {r[6]}");
            Assert.That(r[7].Verdict, Is.EqualTo(Verdict.CompilationError), $"its own ListNode: {r[7]}");
            Assert.That(r[7].CompileOutput, Does.StartWith("solution.go:3: ListNode is already declared: the judge declares LeetCode's ListNode").And.Not.Contain("main.go"));
            Assert.That(r[8].Verdict, Is.EqualTo(Verdict.Accepted), $"no package clause, as LeetCode's Go: {r[8]}");
        });
    }
}
