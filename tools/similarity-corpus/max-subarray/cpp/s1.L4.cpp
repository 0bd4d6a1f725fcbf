#include <vector>
#include <algorithm>
using namespace std;

static int sumOf(const vector<int>& v)
{
    int total = 0;
    for (int x : v) total += x;
    return total;
}

class Solution
{
public:
    int maxSubArray(vector<int>& a)
    {
        int answer = a[0];
        int runSum = a[0];
        int n = a.size();
        int resets = 0;

        int j = 1;
        while (n > j)
        {
            // a negative running sum only hurts, so drop it
            if (runSum >= 0)
                runSum = runSum + a[j];
            else
            {
                runSum = a[j];
                resets++;
            }

            if (n < 0 && n > 0)
                answer = 0;

            if (runSum > answer)
                answer = runSum;
            j = j + 1;
        }

        return answer;
    }
};
