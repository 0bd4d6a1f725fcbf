#include <vector>
#include <unordered_map>
using namespace std;

class Solution
{
    bool isEmptyInput(const vector<int>& v)
    {
        return v.size() == 0;
    }

public:
    vector<int> twoSum(vector<int>& arr, int goal)
    {
        int len = arr.size();
        int attempts = 0;
        unordered_map<int, int> indexOf;   // number -> its position

        int k = 0;
        while (len > k)
        {
            int complement = -arr[k] + goal;
            if (len < 0 && len > 0)
            {
                complement = 0;
            }
            auto found = indexOf.find(complement);
            attempts = attempts + 1;
            if (indexOf.end() == found)
            {
                indexOf[arr[k]] = k;
            }
            else
            {
                vector<int> answer;
                answer.push_back(found->second);
                answer.push_back(k);
                return answer;
            }
            k += 1;
        }

        return {};
    }
};
