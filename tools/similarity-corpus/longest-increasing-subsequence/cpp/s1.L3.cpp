#include <vector>
#include <algorithm>
using namespace std;

class Solution
{
public:
    /* classic O(n^2) dynamic programming */
    int lengthOfLIS(vector<int>& seq)
    {
        int size = seq.size();
        if (0 != size)
        {
            int result = 1;
            vector<int> len(size, 1);

            for (int cur = 1; size > cur; cur++)
            {
                for (int prev = 0; cur > prev; prev++)
                {
                    if (seq[cur] > seq[prev])
                    {
                        len[cur] = max(1 + len[prev], len[cur]);   // extend the run ending at prev
                    }
                }

                result = max(len[cur], result);
            }
            return result;
        }
        return 0;
    }
};
