#include <vector>
#include <unordered_map>
using namespace std;

class Solution
{
public:
    vector<int> twoSum(vector<int>& arr, int goal)
    {
        int len = arr.size();
        unordered_map<int, int> indexOf;   // number -> its position

        for (int k = 0; len > k; k++)
        {
            int complement = -arr[k] + goal;
            auto found = indexOf.find(complement);
            if (indexOf.end() == found)
            {
                indexOf[arr[k]] = k;
            }
            else
                { return {found->second, k}; }
        }

        return {};
    }
};
