using System.Collections.Immutable;

namespace IntimacyKit.Psychometrics;

/// <summary>
/// One item's statistics within its scale, named as <c>psych::alpha</c> names them (<c>n</c>, <c>raw.r</c>,
/// <c>std.r</c>, <c>r.cor</c>, <c>r.drop</c>, <c>mean</c>, <c>sd</c>, <c>alpha.drop</c>, <c>response.freq</c>).
/// An item without variance has its count, mean, SD and frequencies, and NaN for every correlation.
/// </summary>
public sealed class ItemStatistics
{
    internal ItemStatistics(
        string itemId,
        bool reversed,
        int n,
        double mean,
        double standardDeviation,
        (double Raw, double Standardized, double Corrected, double Drop) r,
        ReliabilityCoefficients ifDropped,
        ImmutableArray<ResponseFrequency> frequencies,
        double missingProportion)
    {
        ItemId = itemId;
        Reversed = reversed;
        N = n;
        Mean = mean;
        StandardDeviation = standardDeviation;
        RawR = r.Raw;
        StandardizedR = r.Standardized;
        OverlapCorrectedR = r.Corrected;
        RDrop = r.Drop;
        IfDropped = ifDropped;
        Frequencies = frequencies;
        MissingProportion = missingProportion;
    }

    /// <summary>The item.</summary>
    public string ItemId { get; }

    /// <summary>Whether the item is reverse-keyed (psych writes its name with a trailing "-"); statistics are of the keyed answers.</summary>
    public bool Reversed { get; }

    /// <summary><c>n</c>: respondents who answered it.</summary>
    public int N { get; }

    /// <summary><c>mean</c>: mean keyed answer.</summary>
    public double Mean { get; }

    /// <summary><c>sd</c>: standard deviation (n - 1) of the keyed answers.</summary>
    public double StandardDeviation { get; }

    /// <summary>Whether the answers vary; an item without variance is left out of every reliability figure.</summary>
    public bool HasVariance => StandardDeviation > 0;

    /// <summary><c>raw.r</c>: the correlation of the item with the scale score (the mean of the answered items).</summary>
    public double RawR { get; }

    /// <summary><c>std.r</c>: the item's correlation with the standardised total, colSums(R) / sqrt(sum(R)).</summary>
    public double StandardizedR { get; }

    /// <summary>
    /// <c>r.cor</c>: the item-total correlation corrected for overlap and reliability, as <c>std.r</c> with the item's
    /// squared multiple correlation in place of its own 1 on the diagonal of R.
    /// </summary>
    public double OverlapCorrectedR { get; }

    /// <summary><c>r.drop</c>: the corrected item-total correlation, with the sum of the scale's other items.</summary>
    public double RDrop { get; }

    /// <summary>Raw alpha of the scale without this item (for a two-item scale, psych's C[a, b] / C[b, b]).</summary>
    public double AlphaIfDropped => IfDropped.RawAlpha;

    /// <summary>Standardised alpha of the scale without this item.</summary>
    public double StandardizedAlphaIfDropped => IfDropped.StandardizedAlpha;

    /// <summary><c>alpha.drop</c>: every reliability figure of the scale without this item.</summary>
    public ReliabilityCoefficients IfDropped { get; }

    /// <summary>
    /// <c>response.freq</c>: the share of each answer among the answers given, for every point of the response scale
    /// (0 for a point nobody chose), as the person gave them (before reverse keying).
    /// </summary>
    public ImmutableArray<ResponseFrequency> Frequencies { get; }

    /// <summary><c>miss</c>: the share of the scale's respondents who left the item unanswered.</summary>
    public double MissingProportion { get; }
}
