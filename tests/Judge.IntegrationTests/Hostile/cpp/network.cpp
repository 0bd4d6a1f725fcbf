// Looks for a way out: interfaces, sockets of every family, this machine's ports, the Docker socket.
#include <arpa/inet.h>
#include <dirent.h>
#include <iostream>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int main() {
    std::string exposed, interfaces;
    DIR *net = opendir("/sys/class/net");
    while (dirent *e = net ? readdir(net) : nullptr)
        if (e->d_name[0] != '.') interfaces += std::string(" ") + e->d_name;
    if (interfaces != " lo") exposed += " interfaces:" + interfaces;

    for (int port : {6379, 50051, 5000, 2375, 2376, 22, 80}) {
        int s = socket(AF_INET, SOCK_STREAM, 0);
        if (s < 0) continue;
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (connect(s, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0) exposed += " port " + std::to_string(port);
        close(s);
    }
    for (int family : {AF_INET, AF_INET6, AF_NETLINK, AF_PACKET})
        if (int s = socket(family, SOCK_RAW, 0); s >= 0 || (s = socket(family, SOCK_DGRAM, 0)) >= 0) {
            exposed += " socket family " + std::to_string(family);
            close(s);
        }
    for (const char *path : {"/var/run/docker.sock", "/run/docker.sock", "/run/containerd/containerd.sock"}) {
        int s = socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un a{};
        a.sun_family = AF_UNIX;
        std::snprintf(a.sun_path, sizeof a.sun_path, "%s", path);
        if (s >= 0 && connect(s, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0) exposed += std::string(" ") + path;
        if (s >= 0) close(s);
        if (access(path, F_OK) == 0) exposed += std::string(" exists:") + path;
    }
    std::cout << (exposed.empty() ? "ok" : "exposed:" + exposed) << "\n";
}
