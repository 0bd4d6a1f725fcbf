import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        // 4 GiB in 1 MiB blocks, each written: the heap fills up to -Xmx before OutOfMemoryError.
        List<byte[]> blocks = new ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            byte[] b = new byte[1 << 20];
            java.util.Arrays.fill(b, (byte) i);
            blocks.add(b);
        }
        System.out.println("survived " + blocks.size());
    }
}
