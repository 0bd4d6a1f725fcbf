import java.util.Arrays;

class Solution
{
    private int[] memo;
    private int[] a;

    public int lengthOfLIS(int[] nums)
    {
        a = nums;
        memo = new int[nums.length];
        Arrays.fill(memo, -1);
        int answer = 0;
        for (int start = 0; start < nums.length; start++)
        {
            answer = Math.max(answer, longestFrom(start));
        }
        return answer;
    }

    // length of the longest increasing subsequence that begins at index i
    private int longestFrom(int i)
    {
        if (memo[i] != -1)
            return memo[i];
        int res = 1;
        for (int j = i + 1; j < a.length; j++)
        {
            if (a[j] > a[i])
                res = Math.max(res, 1 + longestFrom(j));
        }
        memo[i] = res;
        return res;
    }
}
