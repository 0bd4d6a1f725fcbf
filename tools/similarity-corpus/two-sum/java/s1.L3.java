import java.util.*;

class Solution
{
    public int[] twoSum(int[] arr, int goal)
    {
        int len = arr.length;
        Map<Integer, Integer> indexOf = new HashMap<>();   // number -> its position

        for (int k = 0; len > k; k++)
        {
            int complement = -arr[k] + goal;
            if (!indexOf.containsKey(complement))
            {
                indexOf.put(arr[k], k);
            }
            else
            {
                return new int[] { indexOf.get(complement), k };
            }
        }

        return new int[] { -1, -1 };   // unreachable for valid input
    }
}
