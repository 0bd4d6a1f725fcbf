namespace Judge.Bench;

/// <summary>A target written next to a figure, with whether this run met it.</summary>
internal static class Target
{
    public static string Below(double value, double limit, string text) =>
        double.IsNaN(value) ? text : $"{text}: {(value < limit ? "met" : "MISSED")}";

    /// <summary>Like <see cref="Below"/>, but a value equal to the limit meets it.</summary>
    public static string AtMost(double value, double limit, string text) =>
        double.IsNaN(value) ? text : $"{text}: {(value <= limit ? "met" : "MISSED")}";
}
