#include <vector>
#include <map>
using namespace std;

class Solution
{
public:
    vector<int> twoSum(vector<int> &numbers, int target)
    {
        map<int, int> positions;
        vector<int> result;

        for (int idx = 0; idx < (int)numbers.size(); ++idx)
        {
            int current = numbers[idx];
            int wanted = target - current;

            if (positions.find(wanted) != positions.end())
            {
                result.push_back(positions[wanted]);
                result.push_back(idx);
                break;
            }

            positions.insert({current, idx});
        }

        return result;
    }
};
