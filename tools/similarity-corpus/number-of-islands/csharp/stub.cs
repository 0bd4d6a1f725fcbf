using System;
using System.Collections.Generic;

public class Solution {
    public int NumIslands(char[][] grid) {
        return 0;
    }
}
