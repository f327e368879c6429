using System.Collections.Immutable;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>A scored scale of an assessment: the items whose <see cref="AssessmentItem.Scale"/> names it, combined into one score.</summary>
public sealed class Scale
{
    /// <summary>Creates a scale.</summary>
    /// <param name="id">Stable kebab-case id, unique within the assessment.</param>
    /// <param name="title">Name shown to people.</param>
    /// <param name="obstacle">Id of the obstacle it measures, or <see langword="null"/> when it measures a <paramref name="category"/>.</param>
    /// <param name="category">Id of the obstacle category it measures, or <see langword="null"/> when it measures an <paramref name="obstacle"/>.</param>
    /// <param name="aggregation">How item scores combine.</param>
    /// <param name="minAnswered">Fewest answered items for the scale to be scored.</param>
    /// <param name="bands">Labelled score ranges, in ascending order.</param>
    /// <param name="norms">Reference statistics, if any.</param>
    /// <param name="protective">
    /// For a scale that measures wariness or self-protection (guardedness, fear of opening up): how to frame it while a
    /// flag of harm from the other person stands, such as "Wariness can protect you". <see langword="null"/> otherwise.
    /// </param>
    /// <param name="aboutOther">
    /// Whether the scale measures how the respondent sees the other person (a perception, for a two-person comparison),
    /// so that it never leads to exercises for the respondent.
    /// </param>
    public Scale(
        string id,
        string title,
        string? obstacle,
        string? category,
        Aggregation aggregation,
        int minAnswered,
        IEnumerable<Band> bands,
        Norms? norms = null,
        string? protective = null,
        bool aboutOther = false)
    {
        Id = Guard.NotNull(id);
        Title = Guard.NotNull(title);
        Obstacle = obstacle;
        Category = category;
        Aggregation = Immutable.Defined(aggregation);
        MinAnswered = minAnswered;
        Bands = Immutable.Copy(bands);
        Norms = norms;
        Protective = protective;
        AboutOther = aboutOther;
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Name shown to people.</summary>
    public string Title { get; }

    /// <summary>Id of the obstacle it measures, or <see langword="null"/>.</summary>
    public string? Obstacle { get; }

    /// <summary>Id of the obstacle category it measures, or <see langword="null"/>.</summary>
    public string? Category { get; }

    /// <summary>How item scores combine.</summary>
    public Aggregation Aggregation { get; }

    /// <summary>Fewest answered items for the scale to be scored.</summary>
    public int MinAnswered { get; }

    /// <summary>Labelled score ranges, in ascending order.</summary>
    public ImmutableArray<Band> Bands { get; }

    /// <summary>Reference statistics, or <see langword="null"/>.</summary>
    public Norms? Norms { get; }

    /// <summary>
    /// The framing shown instead of the usual reading while a flag of harm from the other person stands, when this scale
    /// measures something that protects the person; <see langword="null"/> for other scales.
    /// </summary>
    public string? Protective { get; }

    /// <summary>Whether the scale measures how the respondent sees the other person; it never leads to exercises for the respondent.</summary>
    public bool AboutOther { get; }

    /// <summary>Whether the scale measures something that protects the person while they may be unsafe.</summary>
    public bool IsProtective => Protective is not null;

    /// <summary>The lowest and highest score the scale can give over <paramref name="itemCount"/> items on <paramref name="responseScale"/>: the answer
    /// bounds for a mean, times the item count for a sum.</summary>
    internal (double Lowest, double Highest) PossibleRange(ResponseScale responseScale, int itemCount)
        => Aggregation == Aggregation.Sum
            ? ((double)responseScale.Min * itemCount, (double)responseScale.Max * itemCount)
            : (responseScale.Min, responseScale.Max);

    /// <inheritdoc />
    public override string ToString() => Id;
}
