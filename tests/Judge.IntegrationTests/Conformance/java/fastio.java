import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.BufferedOutputStream;

public class Main {
    private static final DataInputStream in = new DataInputStream(System.in);
    private static final byte[] buf = new byte[1 << 16];
    private static int len, ptr;

    private static int read() throws IOException {
        if (ptr == len) {
            len = in.read(buf, 0, buf.length);
            ptr = 0;
            if (len <= 0) return -1;
        }
        return buf[ptr++];
    }

    private static int nextInt() throws IOException {
        int c = read();
        while (c == ' ' || c == '\n' || c == '\r') c = read();
        boolean neg = c == '-';
        if (neg) c = read();
        int x = 0;
        while (c >= '0' && c <= '9') {
            x = x * 10 + (c - '0');
            c = read();
        }
        return neg ? -x : x;
    }

    public static void main(String[] args) throws IOException {
        int n = nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = nextInt();
        StringBuilder sb = new StringBuilder(1 << 20);
        for (int i = 0; i < n; i += 10) sb.append(a[i]).append('\n');
        PrintWriter out = new PrintWriter(new BufferedOutputStream(System.out, 1 << 16));
        out.print(sb);
        out.flush();
    }
}
