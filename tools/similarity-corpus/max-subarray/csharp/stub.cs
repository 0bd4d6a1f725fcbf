using System;
using System.Collections.Generic;

public class Solution {
    public int MaxSubArray(int[] nums) {
        return 0;
    }
}
