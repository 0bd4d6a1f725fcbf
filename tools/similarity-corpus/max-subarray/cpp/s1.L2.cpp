#include <vector>
#include <algorithm>
using namespace std;

class Solution
{
public:
    int maxSubArray(vector<int>& a)
    {
        int runSum = a[0];
        int answer = a[0];

        for (int j = 1; j < a.size(); j++)
        {
            // a negative running sum only hurts, so drop it
            if (runSum < 0) {
                runSum = a[j];
            } else {
                runSum += a[j];
            }

            answer = max(answer, runSum);
        }

        return answer;
    }
};
