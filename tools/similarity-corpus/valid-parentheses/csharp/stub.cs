using System;
using System.Collections.Generic;

public class Solution {
    public bool IsValid(string s) {
        return false;
    }
}
