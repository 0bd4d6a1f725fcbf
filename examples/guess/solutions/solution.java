// PrintWriter buffers: out.flush() after each query sends it.
import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        long n = Long.parseLong(in.readLine().trim());
        long lo = 1, hi = n;
        while (true) {
            long mid = lo + (hi - lo) / 2;
            out.println("? " + mid);
            out.flush();
            String reply = in.readLine().trim();
            if (reply.equals("=")) return;
            if (reply.equals("<")) hi = mid - 1;
            else lo = mid + 1;
        }
    }
}
