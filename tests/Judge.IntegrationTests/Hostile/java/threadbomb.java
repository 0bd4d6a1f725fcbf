// Starts spinning threads without end.
public class Main {
    public static void main(String[] args) {
        while (true) {
            new Thread(() -> { while (true) { } }).start();
        }
    }
}
