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
    /// <param name="protective">As for <see cref="Scale.Protective"/>: the framing shown while a flag of harm from the other person stands, for a composite that measures wariness; <see langword="null"/> otherwise.</param>
    public Composite(string id, string title, IEnumerable<CompositeComponent> components, int minScales, IEnumerable<Band>? bands = null, string? protective = null)
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

    /// <summary>The framing shown while a flag of harm from the other person stands, for a composite that measures wariness; otherwise <see langword="null"/>.</summary>
    public string? Protective { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>One scale of a composite with its weight; a negative weight counts the scale against the composite.</summary>
public sealed class CompositeComponent
{
    /// <summary>Creates a component.</summary>
    /// <param name="scale">Id of a scale of the same assessment.</param>
    /// <param name="weight">Non-zero, finite weight.</param>
    public CompositeComponent(string scale, double weight = 1.0)
    {
        Scale = Guard.NotNull(scale);
        Weight = weight;
    }

    /// <summary>Id of a scale of the same assessment.</summary>
    public string Scale { get; }

    /// <summary>Weight of the scale in the composite.</summary>
    public double Weight { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Scale} x {Weight}";
}
