using System.Globalization;

namespace IntimacyKit.Scoring;

/// <summary>One item (or, for a composite, one scale) that counted towards a score.</summary>
public sealed class ExplainedPart
{
    /// <summary>Creates the value.</summary>
    /// <param name="id">Item or scale id.</param>
    /// <param name="value">Value after keying (item) or scale score (composite).</param>
    /// <param name="raw">Raw answer (items only).</param>
    /// <param name="reversed">Whether the item is reverse-keyed.</param>
    /// <param name="weight">Weight in the composite (1 for items).</param>
    /// <param name="imputed">The imputation method when the value fills in a missing answer.</param>
    internal ExplainedPart(string id, double value, int? raw, bool reversed, double weight, ImputationMethod imputed = ImputationMethod.None)
    {
        ImputedBy = imputed;
        Id = id;
        Value = value;
        Raw = raw;
        Reversed = reversed;
        Weight = weight;
    }

    /// <summary>Item or scale id.</summary>
    public string Id { get; }

    /// <summary>Value after keying (item) or scale score (composite).</summary>
    public double Value { get; }

    /// <summary>Raw answer (items only).</summary>
    public int? Raw { get; }

    /// <summary>Whether the item is reverse-keyed.</summary>
    public bool Reversed { get; }

    /// <summary>Weight in the composite (1 for items).</summary>
    public double Weight { get; }

    /// <summary>
    /// <see cref="ImputationMethod.None"/> for an answer given; otherwise the method whose value (the item's median or
    /// mean over the batch) stands in for a missing answer.
    /// </summary>
    public ImputationMethod ImputedBy { get; }

    /// <inheritdoc />
    public override string ToString() => ImputedBy != ImputationMethod.None
        ? string.Create(
            CultureInfo.InvariantCulture, $"{Id}={Value:0.###} (not answered; the item {(ImputedBy == ImputationMethod.Median ? "median" : "mean")})")
        : Raw is { } raw
        ? string.Create(CultureInfo.InvariantCulture, $"{Id}={Value}{(Reversed ? $" (answered {raw}, reverse-keyed)" : string.Empty)}")
        : string.Create(CultureInfo.InvariantCulture, $"{Id}={Value:0.###} x {Weight}");
}
