using System.Collections.Immutable;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>Something that holds a person back from intimacy, such as wearing a mask or not really listening.</summary>
public sealed class Obstacle
{
    /// <summary>Creates an obstacle.</summary>
    /// <param name="id">Stable kebab-case id.</param>
    /// <param name="category">Kebab-case id of the family of obstacles it belongs to, such as <c>masks</c>.</param>
    /// <param name="title">Short name shown to people.</param>
    /// <param name="summary">One or two sentences that explain it.</param>
    /// <param name="signs">How it shows in daily life.</param>
    /// <param name="origins">Where it tends to come from.</param>
    /// <param name="related">Ids of related obstacles in the same pack.</param>
    public Obstacle(
        string id,
        string category,
        string title,
        string summary,
        IEnumerable<string> signs,
        IEnumerable<string> origins,
        IEnumerable<string>? related = null)
    {
        Id = Guard.NotNull(id);
        Category = Guard.NotNull(category);
        Title = Guard.NotNull(title);
        Summary = Guard.NotNull(summary);
        Signs = Immutable.Copy(signs);
        Origins = Immutable.Copy(origins);
        Related = Immutable.CopyOrEmpty(related);
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Kebab-case id of the family of obstacles it belongs to.</summary>
    public string Category { get; }

    /// <summary>Short name shown to people.</summary>
    public string Title { get; }

    /// <summary>One or two sentences that explain it.</summary>
    public string Summary { get; }

    /// <summary>How it shows in daily life.</summary>
    public ImmutableArray<string> Signs { get; }

    /// <summary>Where it tends to come from.</summary>
    public ImmutableArray<string> Origins { get; }

    /// <summary>Ids of related obstacles.</summary>
    public ImmutableArray<string> Related { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
