using System.Globalization;

namespace IntimacyKit.Scoring;

/// <summary>One item (or, for a composite, one scale) that counted towards a score.</summary>
/// <param name="Id">Item or scale id.</param>
/// <param name="Value">Value after keying (item) or scale score (composite).</param>
/// <param name="Raw">Raw answer (items only).</param>
/// <param name="Reversed">Whether the item is reverse-keyed.</param>
/// <param name="Weight">Weight in the composite (1 for items).</param>
public sealed record ExplainedPart(string Id, double Value, int? Raw, bool Reversed, double Weight)
{
    /// <inheritdoc />
    public override string ToString() => Raw is { } raw
        ? string.Create(CultureInfo.InvariantCulture, $"{Id}={Value}{(Reversed ? $" (answered {raw}, reverse-keyed)" : string.Empty)}")
        : string.Create(CultureInfo.InvariantCulture, $"{Id}={Value:0.###} x {Weight}");
}
