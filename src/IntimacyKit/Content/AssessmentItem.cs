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
    public AssessmentItem(string id, string text, string? scale, bool reverse = false, string? responseScale = null)
    {
        Id = Guard.NotNull(id);
        Text = Guard.NotNull(text);
        Scale = scale;
        Reverse = reverse;
        ResponseScale = responseScale;
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

    /// <inheritdoc />
    public override string ToString() => Id;
}
