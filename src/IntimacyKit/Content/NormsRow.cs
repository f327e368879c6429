namespace IntimacyKit.Content;

/// <summary>One possible score of a scale with its percentile rank and T score in the reference sample.</summary>
public sealed class NormsRow
{
    /// <summary>Creates the row.</summary>
    /// <param name="score">A score the scale can take (for a mean scale, a sum of answers over the item count).</param>
    /// <param name="percentile">
    /// Its percentile rank in the sample, 0 to 100: the share scoring below it plus half the share scoring exactly it.
    /// </param>
    /// <param name="t">Its linear T score, 50 + 10 (score - mean) / SD.</param>
    public NormsRow(double score, double percentile, double t)
    {
        Score = score;
        PercentileRank = percentile;
        T = t;
    }

    /// <summary>The score.</summary>
    public double Score { get; }

    /// <summary>Its percentile rank, 0 to 100 (mid-point definition).</summary>
    public double PercentileRank { get; }

    /// <summary>Its linear T score.</summary>
    public double T { get; }
}
