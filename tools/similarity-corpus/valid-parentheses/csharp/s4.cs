using System;
using System.Collections.Generic;

public class Solution {
    public bool IsValid(string s) {
        char[] buf = new char[s.Length];
        int sp = 0;
        const string opens = "([{", closes = ")]}";
        foreach (char c in s) {
            int o = opens.IndexOf(c);
            if (o >= 0) { buf[sp++] = closes[o]; continue; }
            if (sp == 0 || buf[--sp] != c) return false;
        }
        return sp == 0;
    }
}
