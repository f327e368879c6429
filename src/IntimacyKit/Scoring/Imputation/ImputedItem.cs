namespace IntimacyKit.Scoring;

/// <summary>What a missing answer to one item counts as, and where that value comes from.</summary>
public sealed class ImputedItem
{
    internal ImputedItem(string itemId, string scaleId, ImputationMethod method, double value, int answered)
    {
        ItemId = itemId;
        ScaleId = scaleId;
        Method = method;
        Value = double.IsFinite(value) ? value : null;
        Answered = answered;
    }

    /// <summary>The item.</summary>
    public string ItemId { get; }

    /// <summary>Its scale.</summary>
    public string ScaleId { get; }

    /// <summary>The scale's method.</summary>
    public ImputationMethod Method { get; }

    /// <summary>
    /// The keyed value a missing answer counts as (the median or mean of the answers given, reverse keyed where the item
    /// is); <see langword="null"/> when the scale imputes nothing or nobody answered the item (then it stays missing).
    /// </summary>
    public double? Value { get; }

    /// <summary>How many of the responses answered the item.</summary>
    public int Answered { get; }
}
