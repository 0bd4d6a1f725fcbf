import java.util.*;

class Solution
{
    public int[] twoSum(int[] nums, int target)
    {
        Map<Integer, Integer> seen = new HashMap<>();   // number -> its position
        int n = nums.length;

        for (int i = 0; i < n; i++)
        {
            int need = target - nums[i];
            if (seen.containsKey(need))
            {
                return new int[] { seen.get(need), i };
            }

            seen.put(nums[i], i);
        }

        return new int[] { -1, -1 };   // unreachable for valid input
    }
}
