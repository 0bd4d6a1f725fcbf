using System;
using System.Collections.Generic;

public class Solution {
    public int LengthOfLIS(int[] nums) {
        return 0;
    }
}
