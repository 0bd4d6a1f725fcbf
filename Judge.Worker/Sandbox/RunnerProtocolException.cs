namespace Judge.Worker.Sandbox;

/// <summary>A reply that breaks the runner protocol (PROTOCOL.md): wrong magic, unknown status, short fields, wrong PING.</summary>
public sealed class RunnerProtocolException(string message) : Exception(message);
