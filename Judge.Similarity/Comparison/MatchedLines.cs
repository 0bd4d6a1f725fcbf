namespace Judge.Similarity.Comparison;

/// <summary>Lines of one program matched with lines of another, 1-based and inclusive on both sides.</summary>
public readonly record struct MatchedLines(int FirstLine, int LastLine, int OtherFirstLine, int OtherLastLine);
