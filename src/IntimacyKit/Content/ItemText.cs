using System.Globalization;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>
/// Fills the placeholders of item text: <c>{target}</c> with a relationship kind's first-person phrase ("my partner"),
/// <c>{target's}</c> with its possessive ("my partner's"), and <c>{Target}</c> and <c>{Target's}</c> with the same, capitalised.
/// </summary>
public static class ItemText
{
    /// <summary>The placeholders item text may use, for messages.</summary>
    public const string AllowedPlaceholders = "{target}, {Target}, {target's} and {Target's}";

    /// <summary>Whether <paramref name="name"/> (without braces) is a placeholder item text may use.</summary>
    /// <param name="name">Placeholder name, such as <c>target</c>.</param>
    /// <returns><see langword="true"/> for <c>target</c>, <c>Target</c>, <c>target's</c> and <c>Target's</c>.</returns>
    public static bool IsKnownPlaceholder(string name) => name is "target" or "Target" or "target's" or "Target's";

    /// <summary>Renders item text for a relationship kind.</summary>
    /// <param name="text">Text with placeholders (as validated in a pack).</param>
    /// <param name="kind">The relationship kind whose target phrase fills the placeholders.</param>
    /// <param name="culture">Culture used to capitalise <c>{Target}</c>; the invariant culture when <see langword="null"/>.</param>
    /// <returns>The text with every placeholder filled.</returns>
    public static string Render(string text, RelationshipKind kind, CultureInfo? culture = null)
    {
        Guard.NotNull(text);
        Guard.NotNull(kind);
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        culture ??= CultureInfo.InvariantCulture;
        return text.Replace("{target}", kind.Target, StringComparison.Ordinal)
                   .Replace("{Target}", Capitalise(kind.Target, culture), StringComparison.Ordinal)
                   .Replace("{target's}", kind.Possessive, StringComparison.Ordinal)
                   .Replace("{Target's}", Capitalise(kind.Possessive, culture), StringComparison.Ordinal);
    }

    private static string Capitalise(string phrase, CultureInfo culture)
        => phrase.Length == 0 ? phrase : char.ToUpper(phrase[0], culture) + phrase[1..];
}
