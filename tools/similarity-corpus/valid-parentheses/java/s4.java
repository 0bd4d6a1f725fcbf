class Solution
{
    // repeatedly delete innermost pairs until nothing changes
    public boolean isValid(String s)
    {
        String cur = s;
        while (true)
        {
            String next = cur.replace("()", "").replace("[]", "").replace("{}", "");
            if (next.length() == cur.length())
                break;
            cur = next;
        }
        return cur.isEmpty();
    }
}
