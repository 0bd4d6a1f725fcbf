import java.util.HashMap;

class Solution
{
    public int[] twoSum(int[] nums, int target)
    {
        HashMap<Integer, Integer> pos = new HashMap<Integer, Integer>();
        int idx = 0;
        for (int value : nums)
        {
            Integer prev = pos.get(target - value);
            if (prev != null)
            {
                int[] res = { prev, idx };
                return res;
            }
            pos.put(value, idx);
            idx++;
        }
        throw new IllegalArgumentException("no solution");
    }
}
