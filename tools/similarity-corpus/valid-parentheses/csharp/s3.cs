using System;
using System.Collections.Generic;

public class Solution {
    public bool IsValid(string s) {
        // repeatedly delete adjacent pairs until nothing changes
        string prev;
        do {
            prev = s;
            s = s.Replace("()", "").Replace("[]", "").Replace("{}", "");
        } while (s.Length != prev.Length);
        return s.Length == 0;
    }
}
