namespace Judge.Bench;

/// <summary>
/// The floor a judge is compared with: a C loop that forks, execs the program with stdin from a file and
/// stdout into a drained pipe, and waits, N times; it prints the mean milliseconds per run.
/// </summary>
internal static class BareLoop
{
    public const string Source = """
        #include <fcntl.h>
        #include <stdio.h>
        #include <stdlib.h>
        #include <sys/wait.h>
        #include <time.h>
        #include <unistd.h>

        int main(int argc, char **argv) {
            if (argc != 4) return 2;
            int n = atoi(argv[1]);
            char buffer[4096];
            struct timespec start, end;
            clock_gettime(CLOCK_MONOTONIC, &start);
            for (int i = 0; i < n; i++) {
                int out[2];
                if (pipe(out) != 0) return 3;
                pid_t pid = fork();
                if (pid == 0) {
                    int in = open(argv[2], O_RDONLY);
                    dup2(in, 0);
                    dup2(out[1], 1);
                    close(in);
                    close(out[0]);
                    close(out[1]);
                    execl(argv[3], argv[3], (char *)0);
                    _exit(127);
                }
                close(out[1]);
                while (read(out[0], buffer, sizeof buffer) > 0) {}
                close(out[0]);
                int status;
                if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return 4;
            }
            clock_gettime(CLOCK_MONOTONIC, &end);
            printf("%.4f\n", ((end.tv_sec - start.tv_sec) * 1e3 + (end.tv_nsec - start.tv_nsec) / 1e6) / n);
            return 0;
        }
        """;
}
