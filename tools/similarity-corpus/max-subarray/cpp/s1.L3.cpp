#include <vector>
#include <algorithm>
using namespace std;

class Solution
{
public:
    int maxSubArray(vector<int>& a)
    {
        int answer = a[0];
        int runSum = a[0];

        for (int j = 1; a.size() > j; j++)
        {
            // a negative running sum only hurts, so drop it
            if (runSum >= 0) {
                runSum += a[j];
            } else {
                runSum = a[j];
            }

            answer = max(runSum, answer);
        }

        return answer;
    }
};
