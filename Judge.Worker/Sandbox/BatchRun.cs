namespace Judge.Worker.Sandbox;

/// <summary>One run of <see cref="ISandbox.ExecBatchAsync"/>: a host file as its stdin and its stdout limit in bytes.</summary>
public sealed record BatchRun(string StdinFile, long StdoutLimitBytes);
