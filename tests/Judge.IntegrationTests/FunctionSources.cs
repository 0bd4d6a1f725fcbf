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
    /// <summary>The languages whose harness is tested, keyed by language id.</summary>
    public static readonly IReadOnlyDictionary<string, FunctionSources> Languages = new Dictionary<string, FunctionSources>
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
            WrongSignatureMessage: "solution.cpp:6: twoSum does not match the required declaration: vector<int> twoSum(vector<int>& nums, int target)",
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
    };
}
