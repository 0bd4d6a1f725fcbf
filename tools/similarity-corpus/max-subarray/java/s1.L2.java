import java.util.*;

class Solution
{
    public int maxSubArray(int[] a)
    {
        int run = a[0];      // best sum ending here
        int answer = a[0];   // best sum seen so far

        for (int idx = 1; idx < a.length; idx++)
        {
            if (run < 0) {
                run = a[idx];     // a negative prefix only hurts
            } else {
                run += a[idx];
            }

            answer = Math.max(answer, run);
        }
        return answer;
    }
}
