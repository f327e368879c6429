namespace IntimacyKit.Psychometrics;

/// <summary>One item's statistics within its scale.</summary>
public sealed class ItemStatistics
{
    /// <summary>Creates the value.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="n">Respondents who answered it.</param>
    /// <param name="mean">Mean keyed answer.</param>
    /// <param name="standardDeviation">Standard deviation of the keyed answers.</param>
    /// <param name="rDrop">Corrected item-total correlation: with the sum of the scale's other items.</param>
    /// <param name="alphaIfDropped">Raw alpha of the scale without this item (NaN for a two-item scale).</param>
    /// <param name="standardizedAlphaIfDropped">Standardised alpha of the scale without this item.</param>
    internal ItemStatistics(string itemId, int n, double mean, double standardDeviation, double rDrop, double alphaIfDropped, double standardizedAlphaIfDropped)
    {
        ItemId = itemId;
        N = n;
        Mean = mean;
        StandardDeviation = standardDeviation;
        RDrop = rDrop;
        AlphaIfDropped = alphaIfDropped;
        StandardizedAlphaIfDropped = standardizedAlphaIfDropped;
    }

    /// <summary>The item.</summary>
    public string ItemId { get; }

    /// <summary>Respondents who answered it.</summary>
    public int N { get; }

    /// <summary>Mean keyed answer.</summary>
    public double Mean { get; }

    /// <summary>Standard deviation of the keyed answers.</summary>
    public double StandardDeviation { get; }

    /// <summary>Corrected item-total correlation: with the sum of the scale's other items.</summary>
    public double RDrop { get; }

    /// <summary>Raw alpha of the scale without this item (NaN for a two-item scale).</summary>
    public double AlphaIfDropped { get; }

    /// <summary>Standardised alpha of the scale without this item.</summary>
    public double StandardizedAlphaIfDropped { get; }
}
