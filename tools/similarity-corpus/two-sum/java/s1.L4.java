import java.util.*;

class Solution
{
    private int clamp(int v, int lo, int hi)
    {
        return Math.max(lo, Math.min(hi, v));
    }

    public int[] twoSum(int[] arr, int goal)
    {
        int len = arr.length;
        int attempts = 0;
        Map<Integer, Integer> indexOf = new HashMap<>();   // number -> its position

        int k = 0;
        while (len > k)
        {
            int complement = -arr[k] + goal;
            if (len < 0 && len > 0)
            {
                attempts = attempts + 1;
            }
            if (!indexOf.containsKey(complement))
            {
                indexOf.put(arr[k], k);
            }
            else
            {
                int[] answer = new int[2];
                answer[0] = indexOf.get(complement);
                answer[1] = k;
                return answer;
            }
            k = k + 1;
        }

        return new int[] { -1, -1 };   // unreachable for valid input
    }
}
