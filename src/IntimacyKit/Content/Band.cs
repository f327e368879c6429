using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>
/// A labelled range of scores. A score is in the band when <see cref="From"/> &lt;= score &lt; <see cref="To"/>;
/// the band whose <see cref="To"/> is the highest possible score also holds that score.
/// </summary>
public sealed class Band
{
    /// <summary>Creates a band.</summary>
    /// <param name="id">Stable kebab-case id, such as <c>low</c>, <c>moderate</c> or <c>high</c>.</param>
    /// <param name="label">Label shown to people.</param>
    /// <param name="from">Inclusive lower cut-off.</param>
    /// <param name="to">Exclusive upper cut-off (inclusive when it is the highest possible score).</param>
    /// <param name="provenance">Where the cut-offs come from, such as "article-derived, not normed".</param>
    public Band(string id, string label, double from, double to, string provenance)
    {
        Id = Guard.NotNull(id);
        Label = Guard.NotNull(label);
        From = from;
        To = to;
        Provenance = Guard.NotNull(provenance);
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Label shown to people.</summary>
    public string Label { get; }

    /// <summary>Inclusive lower cut-off.</summary>
    public double From { get; }

    /// <summary>Exclusive upper cut-off, inclusive when it equals the highest possible score.</summary>
    public double To { get; }

    /// <summary>Where the cut-offs come from.</summary>
    public string Provenance { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} [{From}, {To})";
}
