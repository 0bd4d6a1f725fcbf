namespace Judge.Bench;

/// <summary>
/// How well a detector's pair scores separate copies from independent solutions: AUC (the chance a copy scores above an
/// independent pair, ties counting half), and at a threshold the share of each level's copies found (recall) and of
/// independent pairs flagged (false positives).
/// </summary>
internal sealed record DetectorScores(string Detector, IReadOnlyList<(string? Level, double Score)> Pairs)
{
    public IEnumerable<double> Positives => Pairs.Where(p => p.Level is not null).Select(p => p.Score);

    public IEnumerable<double> Negatives => Pairs.Where(p => p.Level is null).Select(p => p.Score);

    public double Auc()
    {
        var negatives = Negatives.Order().ToArray();
        var positives = Positives.ToArray();
        if (negatives.Length == 0 || positives.Length == 0)
        {
            return double.NaN;
        }
        double wins = 0;
        foreach (var score in positives)
        {
            var below = LowerBound(negatives, score);
            var equal = LowerBound(negatives, Math.BitIncrement(score)) - below;
            wins += below + equal / 2.0;
        }
        return wins / ((double)positives.Length * negatives.Length);
    }

    /// <summary>Share (0..1) of the copies of <paramref name="level"/> scoring at least <paramref name="threshold"/>.</summary>
    public double Recall(string level, double threshold)
    {
        var scores = Pairs.Where(p => p.Level == level).Select(p => p.Score).ToList();
        return scores.Count == 0 ? double.NaN : scores.Count(s => s >= threshold) / (double)scores.Count;
    }

    public double FalsePositives(double threshold)
    {
        var scores = Negatives.ToList();
        return scores.Count == 0 ? double.NaN : scores.Count(s => s >= threshold) / (double)scores.Count;
    }

    public double OverallRecall(double threshold)
    {
        var scores = Positives.ToList();
        return scores.Count == 0 ? double.NaN : scores.Count(s => s >= threshold) / (double)scores.Count;
    }

    /// <summary>The threshold with the most copies found less independent pairs flagged (Youden's J), among the scores seen.</summary>
    public double BestThreshold() =>
        Pairs.Select(p => p.Score).Where(s => s > 0).Distinct()
            .OrderByDescending(t => OverallRecall(t) - FalsePositives(t)).ThenByDescending(t => t).FirstOrDefault(1);

    /// <summary>The lowest threshold at which at most <paramref name="rate"/> of independent pairs are flagged.</summary>
    public double ThresholdAtFalsePositives(double rate) =>
        Pairs.Select(p => p.Score).Append(1).Where(s => s > 0).Distinct().Order().First(t => FalsePositives(t) <= rate);

    private static int LowerBound(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
