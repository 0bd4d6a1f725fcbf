#include <vector>
#include <unordered_map>
using namespace std;

class Solution
{
public:
    vector<int> twoSum(vector<int>& arr, int goal)
    {
        unordered_map<int, int> indexOf;   // number -> its position
        int len = arr.size();

        for (int k = 0; k < len; k++)
        {
            int complement = goal - arr[k];
            auto found = indexOf.find(complement);
            if (found != indexOf.end())
                { return {found->second, k}; }

            indexOf[arr[k]] = k;
        }

        return {};
    }
};
