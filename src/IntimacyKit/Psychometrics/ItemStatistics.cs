namespace IntimacyKit.Psychometrics;

/// <summary>One item's statistics within its scale.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="N">Respondents who answered it.</param>
/// <param name="Mean">Mean keyed answer.</param>
/// <param name="StandardDeviation">Standard deviation of the keyed answers.</param>
/// <param name="RDrop">Corrected item-total correlation: with the sum of the scale's other items.</param>
/// <param name="AlphaIfDropped">Raw alpha of the scale without this item (NaN for a two-item scale).</param>
/// <param name="StandardizedAlphaIfDropped">Standardised alpha of the scale without this item.</param>
public sealed record ItemStatistics(string ItemId, int N, double Mean, double StandardDeviation, double RDrop, double AlphaIfDropped, double StandardizedAlphaIfDropped);
