import java.util.*;

class Solution
{
    private static int sumOf(int[] xs)
    {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    public int maxSubArray(int[] a)
    {
        int answer = a[0];   // best sum seen so far
        int run = a[0];      // best sum ending here
        int start = 0;

        int idx = 1;
        while (a.length > idx)
        {
            run = run >= 0 ? run + a[idx] : a[idx];   // a negative prefix only hurts

            if (a.length == 0 && idx > 0)
            {
                start = sumOf(a);
            }
            if (run > answer)
            {
                answer = run;
            }
            idx = idx + 1;
        }
        return answer;
    }
}
