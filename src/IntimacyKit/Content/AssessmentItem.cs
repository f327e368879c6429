using System.Collections.Frozen;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>One statement a person answers on the assessment's response scale.</summary>
public sealed class AssessmentItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">Stable kebab-case id, unique within the assessment.</param>
    /// <param name="text">Statement shown to the person; may contain <c>{target}</c> or <c>{Target}</c>.</param>
    /// <param name="scale">Id of the scale it counts towards, or <see langword="null"/> for an unscored item (a safety screen item).</param>
    /// <param name="reverse">Whether agreeing means less of what the scale measures; scored as min + max - answer.</param>
    /// <param name="responseScale">
    /// Id of the response scale this item is answered on, when it differs from the assessment's; only unscored items
    /// (such as safety statements about events, answered by frequency or yes/no) may use their own.
    /// </param>
    /// <param name="notApplicable">Whether the person may answer "Does not apply" (for a statement that presupposes a job, a past relationship, ...); such an
    /// answer counts as not answered, never as a value.</param>
    /// <param name="textByKind">Wording for particular relationship kinds (by kind id), used instead of <paramref name="text"/> for them.</param>
    /// <param name="obstacle">For an item of a category scale: the obstacle the statement is about, so that results can say which obstacles stand out.</param>
    public AssessmentItem(
        string id,
        string text,
        string? scale,
        bool reverse = false,
        string? responseScale = null,
        bool notApplicable = false,
        IReadOnlyDictionary<string, string>? textByKind = null,
        string? obstacle = null)
    {
        Id = Guard.NotNull(id);
        Text = Guard.NotNull(text);
        Scale = scale;
        Reverse = reverse;
        ResponseScale = responseScale;
        OffersNotApplicable = notApplicable;
        TextByKind = textByKind is null ? FrozenDictionary<string, string>.Empty : textByKind.ToFrozenDictionary(StringComparer.Ordinal);
        Obstacle = obstacle;
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Statement shown to the person, with placeholders not yet filled.</summary>
    public string Text { get; }

    /// <summary>Id of the scale it counts towards, or <see langword="null"/> for an unscored item.</summary>
    public string? Scale { get; }

    /// <summary>Whether the item is reverse-keyed.</summary>
    public bool Reverse { get; }

    /// <summary>Id of the item's own response scale, or <see langword="null"/> when it uses the assessment's.</summary>
    public string? ResponseScale { get; }

    /// <summary>Whether "Does not apply" is offered; it counts as not answered.</summary>
    public bool OffersNotApplicable { get; }

    /// <summary>Wording for particular relationship kinds, by kind id; empty when every kind reads <see cref="Text"/>.</summary>
    public FrozenDictionary<string, string> TextByKind { get; }

    /// <summary>For an item of a category scale, the obstacle the statement is about; otherwise <see langword="null"/>.</summary>
    public string? Obstacle { get; }

    /// <summary>The statement for a relationship kind, with placeholders not yet filled: its own wording for that kind, or <see cref="Text"/>.</summary>
    /// <param name="relationshipKindId">Relationship kind id.</param>
    /// <returns>The text.</returns>
    public string TextFor(string relationshipKindId) => TextByKind.GetValueOrDefault(Guard.NotNull(relationshipKindId), Text);

    /// <inheritdoc />
    public override string ToString() => Id;
}
