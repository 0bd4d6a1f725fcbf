#include <string>
using namespace std;

class Solution {
public:
    bool isValid(string s) {
        
    }
};
