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
        if (size == 0)
            return 0;

        vector<int> len(size, 1);
        int result = 1;

        for (int cur = 1; cur < size; cur++)
        {
            for (int prev = 0; prev < cur; prev++)
            {
                if (seq[prev] < seq[cur])
                {
                    len[cur] = max(len[cur], len[prev] + 1);   // extend the run ending at prev
                }
            }

            result = max(result, len[cur]);
        }
        return result;
    }
};
