// Tries this machine's own ports from Node, and spawning a shell to read PID 1's environment.
const net = require("net");
const { execFileSync } = require("child_process");

const found = [];
try {
  execFileSync("/bin/cat", ["/proc/1/environ"], { stdio: "pipe" });
  found.push("read /proc/1/environ");
} catch (e) {
  // denied, as it must be
}
const ports = [6379, 50051, 2375];
let pending = ports.length;
for (const port of ports) {
  const socket = net.connect({ host: "127.0.0.1", port });
  const done = (connected) => {
    if (connected) found.push("port " + port);
    socket.destroy();
    if (--pending === 0) console.log(found.length === 0 ? "ok" : "found: " + found.join(", "));
  };
  socket.on("connect", () => done(true));
  socket.on("error", () => done(false));
}
