import java.util.TreeSet;

class Solution {
    // keep a set of tails; each new value replaces the smallest tail >= it
    public int lengthOfLIS(int[] nums) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int num : nums) {
            Integer ceil = set.ceiling(num);
            if (ceil != null) {
                set.remove(ceil);
            }
            set.add(num);
        }
        return set.size();
    }
}
