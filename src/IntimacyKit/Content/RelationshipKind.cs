using System.Collections.Immutable;
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
#pragma warning disable RS0027 // The shipped constructor keeps its optional parameters; case forms came later, in an overload without them.
    public RelationshipKind(string id, string title, string target, string? possessive = null, string? note = null)
#pragma warning restore RS0027
        : this(id, title, target, possessive, note, forms: null)
    {
    }

    /// <summary>Creates a relationship kind whose target phrase changes with grammatical case (German, for one).</summary>
    /// <param name="id">Stable kebab-case id, such as <c>romantic</c> or <c>parent-child</c>.</param>
    /// <param name="title">Name shown to people.</param>
    /// <param name="target">The target phrase in the nominative, which replaces <c>{target}</c>.</param>
    /// <param name="possessive">Phrase that replaces <c>{target's}</c>; the target with "'s" when <see langword="null"/>.</param>
    /// <param name="note">Who the kind is for, or <see langword="null"/>.</param>
    /// <param name="forms">The target phrase in other cases, by case name (<see cref="Forms"/>), or <see langword="null"/> for none.</param>
    public RelationshipKind(string id, string title, string target, string? possessive, string? note, IReadOnlyDictionary<string, string>? forms)
    {
        Id = Guard.NotNull(id);
        Title = Guard.NotNull(title);
        Target = Guard.NotNull(target);
        HasOwnPossessive = possessive is not null;
        Possessive = possessive ?? target + "'s";
        Note = note;
        Forms = (forms ?? ImmutableDictionary<string, string>.Empty).ToImmutableDictionary(StringComparer.Ordinal);
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

    /// <summary>
    /// The target phrase in the grammatical cases a language needs besides the nominative (<see cref="Target"/>), by
    /// case name (<see cref="ItemText.Cases"/>: <c>acc</c>, <c>dat</c>, <c>gen</c>): German says "mein Partner / meine
    /// Partnerin", "meinem Partner / meiner Partnerin" after "mit". Item text names a form as <c>{target:dat}</c>
    /// (capitalised <c>{Target:dat}</c>); the pack validator reports a form that text uses and a kind does not give.
    /// Empty for languages whose nouns do not change with case, such as English.
    /// </summary>
    public ImmutableDictionary<string, string> Forms { get; }

    /// <summary>The target phrase in a grammatical case: <see cref="Target"/> for <c>nom</c>, else its form.</summary>
    /// <param name="grammaticalCase">A case name, such as <c>dat</c>.</param>
    /// <returns>The phrase, or <see langword="null"/> when the kind gives no form for that case.</returns>
    public string? TargetIn(string grammaticalCase)
        => grammaticalCase == ItemText.Nominative ? Target : Forms.GetValueOrDefault(Guard.NotNull(grammaticalCase));

    /// <inheritdoc />
    public override string ToString() => Id;
}
