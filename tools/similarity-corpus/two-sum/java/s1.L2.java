import java.util.*;

class Solution
{
    public int[] twoSum(int[] arr, int goal)
    {
        Map<Integer, Integer> indexOf = new HashMap<>();   // number -> its position
        int len = arr.length;

        for (int k = 0; k < len; k++)
        {
            int complement = goal - arr[k];
            if (indexOf.containsKey(complement))
            {
                return new int[] { indexOf.get(complement), k };
            }

            indexOf.put(arr[k], k);
        }

        return new int[] { -1, -1 };   // unreachable for valid input
    }
}
