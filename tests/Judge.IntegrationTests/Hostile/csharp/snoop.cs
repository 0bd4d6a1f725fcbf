// Looks for secrets from .NET: its environment, PID 1's files, this machine's ports.
using System.Collections;
using System.Net.Sockets;

var found = new List<string>();
foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
{
    var name = (string)e.Key;
    if (name is not ("PATH" or "HOME" or "LANG" or "TMPDIR") && !name.StartsWith("DOTNET_")) found.Add("env " + name);
}
foreach (var path in new[] { "/proc/1/environ", "/proc/1/mem", "/etc/shadow" })
{
    try { File.ReadAllBytes(path); found.Add("readable " + path); } catch (Exception) { }
}
try { using var client = new TcpClient("127.0.0.1", 6379); found.Add("connected to 6379"); } catch (Exception) { }
Console.WriteLine(found.Count == 0 ? "ok" : "found: " + string.Join(", ", found));
