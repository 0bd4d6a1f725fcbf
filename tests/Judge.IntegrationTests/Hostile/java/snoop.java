// Looks for secrets from the JVM: its environment, system properties naming host paths, PID 1's files.
import java.nio.file.*;
import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<String> found = new ArrayList<>();
        for (String name : System.getenv().keySet()) {
            if (!Set.of("PATH", "HOME", "LANG").contains(name)) found.add("env " + name);
        }
        for (String path : List.of("/proc/1/environ", "/proc/1/mem", "/etc/shadow")) {
            try {
                Files.readAllBytes(Path.of(path));
                found.add("readable " + path);
            } catch (Exception e) {
                // denied, as it must be
            }
        }
        try (var socket = new java.net.Socket("127.0.0.1", 6379)) {
            found.add("connected to 6379");
        } catch (Exception e) {
            // no network
        }
        System.out.println(found.isEmpty() ? "ok" : "found: " + found);
    }
}
