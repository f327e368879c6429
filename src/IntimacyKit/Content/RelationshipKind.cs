using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>
/// A kind of relationship an assessment or exercise can be about (romantic partners, siblings, parent and child, friends),
/// with the first-person phrases that fill the placeholders of item text: <c>{target}</c> ("my partner") and
/// <c>{target's}</c> ("my partner's").
/// </summary>
public sealed class RelationshipKind
{
    /// <summary>Creates a relationship kind.</summary>
    /// <param name="id">Stable kebab-case id, such as <c>romantic</c> or <c>parent-child</c>.</param>
    /// <param name="title">Name shown to people, such as "Romantic partner".</param>
    /// <param name="target">First-person phrase that replaces <c>{target}</c> in item text, such as "my partner".</param>
    /// <param name="possessive">Phrase that replaces <c>{target's}</c>, such as "my partner's"; the target with "'s" when <see langword="null"/>.</param>
    /// <param name="note">Who the kind is for, shown when it is chosen (such as "for adult sons and daughters"), or <see langword="null"/>.</param>
    public RelationshipKind(string id, string title, string target, string? possessive = null, string? note = null)
    {
        Id = Guard.NotNull(id);
        Title = Guard.NotNull(title);
        Target = Guard.NotNull(target);
        HasOwnPossessive = possessive is not null;
        Possessive = possessive ?? target + "'s";
        Note = note;
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Name shown to people.</summary>
    public string Title { get; }

    /// <summary>Phrase that replaces <c>{target}</c> in item text (and, capitalised, <c>{Target}</c>).</summary>
    public string Target { get; }

    /// <summary>Phrase that replaces <c>{target's}</c> (and, capitalised, <c>{Target's}</c>).</summary>
    public string Possessive { get; }

    /// <summary>Whether the pack gives the possessive (otherwise it is the target with "'s").</summary>
    public bool HasOwnPossessive { get; }

    /// <summary>Who the kind is for, shown when it is chosen, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
