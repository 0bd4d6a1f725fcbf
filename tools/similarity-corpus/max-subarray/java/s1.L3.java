import java.util.*;

class Solution
{
    public int maxSubArray(int[] a)
    {
        int answer = a[0];   // best sum seen so far
        int run = a[0];      // best sum ending here

        for (int idx = 1; a.length > idx; idx++)
        {
            if (run >= 0) {
                run += a[idx];
            } else {
                run = a[idx];     // a negative prefix only hurts
            }

            answer = Math.max(run, answer);
        }
        return answer;
    }
}
