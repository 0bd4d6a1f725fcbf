# Looks for a way out: network interfaces, this machine's own ports, the Docker socket.
import os
import socket

interfaces = sorted(os.listdir("/sys/class/net"))
reachable = []
for port in (6379, 50051, 2375, 2376):
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.settimeout(1)
            probe.connect(("127.0.0.1", port))
            reachable.append(port)
    except OSError:
        pass  # no socket at all (seccomp), or nothing to connect to
docker_socket = os.path.exists("/var/run/docker.sock")
print("ok" if interfaces == ["lo"] and not reachable and not docker_socket
      else f"exposed: interfaces={interfaces} ports={reachable} docker_socket={docker_socket}")
