namespace Judge.IntegrationTests;

/// <summary>
/// Candidate code for the function-style tests, per language: the solutions of examples/two-sum are read from the
/// package; here are the rest. {T} in <see cref="Echo"/> is the language's name of one scalar type.
/// </summary>
public sealed record FunctionSources(
    string Extension,
    string DebugPrint,
    string WrongAnswer,
    string WrongSignature,
    string WrongSignatureMessage,
    string Echo)
{
    /// <summary>The languages whose harness is tested, keyed by language id; PyPy runs CPython's sources.</summary>
    public static readonly IReadOnlyDictionary<string, FunctionSources> Languages = WithPyPy(new Dictionary<string, FunctionSources>
    {
        ["cpp"] = new(
            Extension: ".cpp",
            DebugPrint: """
                #include <bits/stdc++.h>
                using namespace std;

                vector<int> twoSum(vector<int>& nums, int target) {
                    cout << "debug: looking for " << target << endl;
                    printf("[9,9]\n");
                    map<int, int> seen;
                    for (int i = 0; i < (int)nums.size(); i++) {
                        if (seen.count(target - nums[i])) return {seen[target - nums[i]], i};
                        seen[nums[i]] = i;
                    }
                    return {};
                }
                """,
            WrongAnswer: """
                #include <bits/stdc++.h>
                using namespace std;

                vector<int> twoSum(vector<int>& nums, int target) {
                    return {0, (int)nums.size() - 1};
                }
                """,
            WrongSignature: """
                #include <bits/stdc++.h>
                using namespace std;

                int helper(int x) { return x; }

                vector<int> twoSum(vector<int>& nums, long long target, int extra) {
                    return {0, 1};
                }
                """,
            WrongSignatureMessage: "solution.cpp:6: twoSum takes 3 parameter(s), but the problem passes 2 (nums, target); the required declaration is: vector<int> twoSum(vector<int>& nums, int target)",
            Echo: """
                #include <bits/stdc++.h>
                using namespace std;

                vector<vector<{T}>> echo({T} a, vector<{T}>& b, vector<vector<{T}>>& c) {
                    vector<vector<{T}>> rows;
                    rows.push_back(vector<{T}>{a});
                    rows.push_back(b);
                    for (auto& row : c) rows.push_back(row);
                    return rows;
                }
                """),
        ["python"] = new(
            Extension: ".py",
            DebugPrint: """
                def two_sum(nums, target):
                    print("debug: looking for", target)
                    print("[9,9]")
                    seen = {}
                    for i, x in enumerate(nums):
                        if target - x in seen:
                            return [seen[target - x], i]
                        seen[x] = i
                """,
            WrongAnswer: """
                def two_sum(nums, target):
                    return [0, len(nums) - 1]
                """,
            WrongSignature: """
                def helper(x):
                    return x


                def two_sum(nums):
                    return [0, 1]
                """,
            WrongSignatureMessage: "solution.py: two_sum must take 2 parameter(s) (nums, target); it is defined as two_sum(nums)",
            Echo: """
                def echo(a, b, c):
                    return [[a], b] + c
                """),
        ["java"] = new(
            Extension: ".java",
            DebugPrint: """
                import java.util.*;

                class Solution {
                    public int[] twoSum(int[] nums, int target) {
                        System.out.println("debug: looking for " + target);
                        System.out.print("[9,9]\n");
                        Map<Integer, Integer> seen = new HashMap<>();
                        for (int i = 0; i < nums.length; i++) {
                            Integer j = seen.get(target - nums[i]);
                            if (j != null) return new int[] { j, i };
                            seen.put(nums[i], i);
                        }
                        return new int[0];
                    }
                }
                """,
            WrongAnswer: """
                class Solution {
                    public int[] twoSum(int[] nums, int target) {
                        return new int[] { 0, nums.length - 1 };
                    }
                }
                """,
            WrongSignature: """
                class Solution {
                    int helper(int x) { return x; }

                    public int[] twoSum(int[] nums, long target, int extra) {
                        return new int[] { 0, 1 };
                    }
                }
                """,
            WrongSignatureMessage: "Solution.java:4: twoSum does not match the required declaration: public int[] twoSum(int[] nums, int target)",
            Echo: """
                class Solution {
                    public {T}[][] echo({T} a, {T}[] b, {T}[][] c) {
                        {T}[][] rows = new {T}[c.length + 2][];
                        rows[0] = new {T}[] { a };
                        rows[1] = b;
                        System.arraycopy(c, 0, rows, 2, c.length);
                        return rows;
                    }
                }
                """),
        ["go"] = new(
            Extension: ".go",
            DebugPrint: """
                package main

                import "fmt"

                func twoSum(nums []int, target int) []int {
                    fmt.Println("debug: looking for", target)
                    fmt.Println("[9,9]")
                    seen := map[int]int{}
                    for i, x := range nums {
                        if j, ok := seen[target-x]; ok {
                            return []int{j, i}
                        }
                        seen[x] = i
                    }
                    return nil
                }
                """,
            WrongAnswer: """
                package main

                func twoSum(nums []int, target int) []int {
                    return []int{0, len(nums) - 1}
                }
                """,
            WrongSignature: """
                package main

                func helper(x int) int { return x }

                func twoSum(nums []int, target int64) []int {
                    return []int{0, 1}
                }
                """,
            WrongSignatureMessage: "solution.go:5: twoSum does not match the required declaration: func twoSum(nums []int, target int) []int",
            Echo: """
                package main

                func echo(a {T}, b []{T}, c [][]{T}) [][]{T} {
                    return append([][]{T}{{a}, b}, c...)
                }
                """),
        ["javascript"] = new(
            Extension: ".js",
            DebugPrint: """
                function twoSum(nums, target) {
                  console.log('debug: looking for ' + target);
                  console.log('[9,9]');
                  const seen = new Map();
                  for (let i = 0; i < nums.length; i++) {
                    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
                    seen.set(nums[i], i);
                  }
                }
                """,
            WrongAnswer: """
                const twoSum = (nums, target) => [0, nums.length - 1];
                """,
            WrongSignature: """
                function helper(x) {
                  return x;
                }

                function twoSum(nums, target, extra) {
                  return [0, 1];
                }
                """,
            WrongSignatureMessage: "solution.js: twoSum must take 2 parameter(s) (nums, target); it is defined with 3",
            Echo: """
                function echo(a, b, c) {
                  return [[a], b, ...c];
                }
                """),
        ["typescript"] = new(
            Extension: ".ts",
            DebugPrint: """
                function twoSum(nums: number[], target: number): number[] {
                  console.log('debug: looking for ' + target);
                  console.log('[9,9]');
                  const seen = new Map<number, number>();
                  for (let i = 0; i < nums.length; i++) {
                    if (seen.has(target - nums[i])) return [seen.get(target - nums[i])!, i];
                    seen.set(nums[i], i);
                  }
                  return [];
                }
                """,
            WrongAnswer: """
                function twoSum(nums: number[], target: number): number[] {
                  return [0, nums.length - 1];
                }
                """,
            WrongSignature: """
                function helper(x: number): number {
                  return x;
                }

                function twoSum(nums: string[], target: number): number[] {
                  return [0, 1];
                }
                """,
            WrongSignatureMessage: "solution.ts:5: twoSum: parameter 1 (nums) is string[], but the problem passes number[]; the required declaration is: function twoSum(nums: number[], target: number): number[]",
            Echo: """
                function echo(a: {T}, b: {T}[], c: {T}[][]): {T}[][] {
                  return [[a], b, ...c];
                }
                """),
        ["csharp"] = new(
            Extension: ".cs",
            DebugPrint: """
                public class Solution
                {
                    public int[] TwoSum(int[] nums, int target)
                    {
                        Console.WriteLine($"debug: looking for {target}");
                        Console.Out.Write("[9,9]\n");
                        var seen = new Dictionary<int, int>();
                        for (var i = 0; i < nums.Length; i++)
                        {
                            if (seen.TryGetValue(target - nums[i], out var j)) return [j, i];
                            seen[nums[i]] = i;
                        }
                        return [];
                    }
                }
                """,
            WrongAnswer: """
                public class Solution
                {
                    public int[] TwoSum(int[] nums, int target) => [0, nums.Length - 1];
                }
                """,
            WrongSignature: """
                public class Solution
                {
                    private static int Helper(int x) => x;

                    public int[] TwoSum(int[] nums, long target, int extra) => [0, 1];
                }
                """,
            WrongSignatureMessage: "solution.cs:5: TwoSum does not match the required declaration: public int[] TwoSum(int[] nums, int target)",
            Echo: """
                public class Solution
                {
                    public {T}[][] Echo({T} a, {T}[] b, {T}[][] c) => [[a], b, .. c];
                }
                """),
    });

    private static Dictionary<string, FunctionSources> WithPyPy(Dictionary<string, FunctionSources> languages)
    {
        languages["pypy"] = languages["python"];
        return languages;
    }
}
