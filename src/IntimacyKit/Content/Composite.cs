using System.Collections.Immutable;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>A weighted combination of scale scores, such as one per obstacle category or one over the whole profile.</summary>
public sealed class Composite
{
    /// <summary>Creates a composite.</summary>
    /// <param name="id">Stable kebab-case id, unique among the assessment's scales and composites.</param>
    /// <param name="title">Name shown to people.</param>
    /// <param name="components">The scales it combines, each with a weight.</param>
    /// <param name="minScales">Fewest scored component scales for the composite to be scored.</param>
    /// <param name="bands">Labelled score ranges, in ascending order; may be empty.</param>
    /// <param name="protective">As for <see cref="Scale.Protective"/>: the framing shown while a flag of harm from the other person stands, for a composite
    /// that measures wariness; <see langword="null"/> otherwise.</param>
    public Composite(
        string id,
        string title,
        IEnumerable<CompositeComponent> components,
        int minScales,
        IEnumerable<Band>? bands = null,
        string? protective = null)
    {
        Id = Guard.NotNull(id);
        Title = Guard.NotNull(title);
        Components = Immutable.Copy(components);
        MinScales = minScales;
        Bands = Immutable.CopyOrEmpty(bands);
        Protective = protective;
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Name shown to people.</summary>
    public string Title { get; }

    /// <summary>The scales it combines, each with a weight.</summary>
    public ImmutableArray<CompositeComponent> Components { get; }

    /// <summary>Fewest scored component scales for the composite to be scored.</summary>
    public int MinScales { get; }

    /// <summary>Labelled score ranges, in ascending order.</summary>
    public ImmutableArray<Band> Bands { get; }

    /// <summary>The framing shown while a flag of harm from the other person stands, for a composite that measures wariness; otherwise <see
    /// langword="null"/>.</summary>
    public string? Protective { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
