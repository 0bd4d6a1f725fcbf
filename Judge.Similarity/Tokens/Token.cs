namespace Judge.Similarity.Tokens;

/// <summary>One normalised token: its text (e.g. "ID", "NUM", "LOOP", "+", "return") and the 0-based line it came from.</summary>
public readonly record struct Token(string Text, int Line);
