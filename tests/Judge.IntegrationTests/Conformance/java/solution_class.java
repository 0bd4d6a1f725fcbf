import java.io.*;
import java.util.*;

public class Solution {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        System.out.println(Helper.add(Long.parseLong(tokens.nextToken()), Long.parseLong(tokens.nextToken())));
    }
}

class Helper {
    static long add(long a, long b) { return a + b; }
}
