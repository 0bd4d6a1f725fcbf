namespace Judge.Api.Integrity;

/// <summary>What one recorded event may hold: a paste's kept text, and a snapshot's or a change's text (UTF-16 code units).</summary>
public sealed record ActivityLimits(int MaxPasteChars, int MaxTextChars);
