using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>
/// A kind of relationship an assessment or exercise can be about (romantic partners, siblings, parent and child, friends),
/// with the phrase that fills the <c>{target}</c> placeholder in item text.
/// </summary>
public sealed class RelationshipKind
{
    /// <summary>Creates a relationship kind.</summary>
    /// <param name="id">Stable kebab-case id, such as <c>romantic</c> or <c>parent-child</c>.</param>
    /// <param name="title">Name shown to people, such as "Romantic partner".</param>
    /// <param name="target">Phrase that replaces <c>{target}</c> in item text, such as "your partner".</param>
    public RelationshipKind(string id, string title, string target)
    {
        Id = Guard.NotNull(id);
        Title = Guard.NotNull(title);
        Target = Guard.NotNull(target);
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Name shown to people.</summary>
    public string Title { get; }

    /// <summary>Phrase that replaces <c>{target}</c> in item text (and, capitalised, <c>{Target}</c>).</summary>
    public string Target { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
