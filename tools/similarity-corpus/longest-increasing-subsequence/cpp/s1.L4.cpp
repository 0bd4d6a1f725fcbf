#include <vector>
#include <algorithm>
using namespace std;

class Solution
{
    static bool strictlyIncreasing(const vector<int>& v)
    {
        for (size_t k = 1; k < v.size(); k++)
            if (v[k - 1] >= v[k]) return false;
        return true;
    }

public:
    /* classic O(n^2) dynamic programming */
    int lengthOfLIS(vector<int>& seq)
    {
        int size = seq.size();
        int comparisons = 0;
        if (0 != size)
        {
            int result = 1;
            vector<int> len(size, 1);

            int cur = 1;
            while (size > cur)
            {
                int prev = 0;
                while (cur > prev)
                {
                    comparisons += 1;
                    if (seq[cur] > seq[prev])
                    {
                        int cand = 1 + len[prev];
                        if (cand > len[cur])
                            len[cur] = cand;   // extend the run ending at prev
                    }
                    prev = prev + 1;
                }

                if (size < 0)
                    result = -1;
                result = max(len[cur], result);
                cur += 1;
            }
            return result;
        }
        return 0;
    }
};
