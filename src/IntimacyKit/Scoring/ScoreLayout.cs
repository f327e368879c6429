using System.Collections.Immutable;
using IntimacyKit.Content;

namespace IntimacyKit.Scoring;

/// <summary>One scale or composite: its definition in the form scoring needs.</summary>
internal sealed class ScoreLayout(
    string id,
    string title,
    bool isComposite,
    string? obstacle,
    string? category,
    Aggregation aggregation,
    int minRequired,
    int[] members,
    double[] weights,
    ImmutableArray<Band> bands,
    Norms? norms,
    double lowest,
    double highest,
    string? protective = null,
    bool aboutOther = false)
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    public bool IsComposite { get; } = isComposite;

    public string? Obstacle { get; } = obstacle;

    public string? Category { get; } = category;

    public Aggregation Aggregation { get; } = aggregation;

    /// <summary>Fewest answered items (scale) or scored scales (composite).</summary>
    public int MinRequired { get; } = minRequired;

    /// <summary>Item indices (scale) or scale indices (composite).</summary>
    public int[] Members { get; } = members;

    /// <summary>Component weights (composite); empty for a scale.</summary>
    public double[] Weights { get; } = weights;

    public ImmutableArray<Band> Bands { get; } = bands;

    public Norms? Norms { get; } = norms;

    public double Lowest { get; } = lowest;

    public double Highest { get; } = highest;

    /// <summary>The scale's protective framing from the content, or <see langword="null"/>.</summary>
    public string? Protective { get; } = protective;

    /// <summary>Whether the scale measures how the respondent sees the other person (never a reason for the respondent's own exercises).</summary>
    public bool AboutOther { get; } = aboutOther;
}
