import java.util.*;

class Solution
{
    public int maxSubArray(int[] nums)
    {
        int current = nums[0];   // best sum ending here
        int best = nums[0];      // best sum seen so far

        for (int i = 1; i < nums.length; i++)
        {
            if (current < 0) {
                current = nums[i];     // a negative prefix only hurts
            } else {
                current += nums[i];
            }

            best = Math.max(best, current);
        }
        return best;
    }
}
