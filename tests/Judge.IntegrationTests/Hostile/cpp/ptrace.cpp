// Tries to trace or read another process: ptrace attach to PID 1, traceme, process_vm_readv.
#include <iostream>
#include <string>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

int main() {
    std::string got;
    if (ptrace(PTRACE_ATTACH, 1, nullptr, nullptr) == 0) got += " attach-1";
    if (ptrace(PTRACE_SEIZE, 1, nullptr, nullptr) == 0) got += " seize-1";
    pid_t child = fork();
    if (child == 0) { pause(); _exit(0); }
    if (ptrace(PTRACE_ATTACH, child, nullptr, nullptr) == 0) got += " attach-child";
    char buf[16], remote_buf[16] = {};
    iovec local{buf, sizeof buf}, remote{remote_buf, sizeof remote_buf};
    if (process_vm_readv(1, &local, 1, &remote, 1, 0) >= 0) got += " vm_readv";
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    std::cout << (got.empty() ? "ok" : "traced:" + got) << "\n";
}
