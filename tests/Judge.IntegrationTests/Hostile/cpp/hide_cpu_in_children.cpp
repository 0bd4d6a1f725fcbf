// Hides its CPU time in children it never waits for: a chain of forks, each spinning 300 ms of its own CPU (under the
// per-process CPU rlimit) and leaving the rest to a fresh fork, 1.8 s in all, while the main process only waits for the
// chain's word. Neither wait4 nor the main process's /proc/PID/stat sees the chain; the container's cgroup does.
#include <cstdio>
#include <ctime>
#include <unistd.h>

static double cpu() { timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + t.tv_nsec / 1e9; }

int main() {
    long a, b;
    if (scanf("%ld %ld", &a, &b) != 2) return 1;
    int word[2];
    if (pipe(word) != 0) return 1;
    if (fork() == 0) {
        volatile unsigned long spin = 0;
        for (int link = 0; link < 6; link++) {
            double start = cpu();
            while (cpu() - start < 0.3) spin++;
            if (link < 5 && fork() != 0) _exit(0);
        }
        char done = 1;
        (void)!write(word[1], &done, 1);
        _exit(0);
    }
    close(word[1]);
    char done;
    if (read(word[0], &done, 1) != 1) return 1;
    printf("%ld\n", a + b);
}
