namespace Judge.Worker.Sandbox;

/// <summary>A sandbox whose runner did not answer properly: it must not be used again.</summary>
public sealed class SandboxBrokenException(string message, Exception? inner = null) : Exception(message, inner);
