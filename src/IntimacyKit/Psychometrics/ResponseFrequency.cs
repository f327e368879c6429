namespace IntimacyKit.Psychometrics;

/// <summary>How often one answer was given to an item, as <c>psych::response.frequencies</c> reports it.</summary>
public sealed class ResponseFrequency
{
    internal ResponseFrequency(int value, double proportion)
    {
        Value = value;
        Proportion = proportion;
    }

    /// <summary>The answer, as the person gave it (before reverse keying).</summary>
    public int Value { get; }

    /// <summary>Its share of the answers the item received (missing ones not counted), 0 to 1.</summary>
    public double Proportion { get; }
}
