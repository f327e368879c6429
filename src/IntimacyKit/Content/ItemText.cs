using System.Globalization;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>Fills the placeholders of item text: <c>{target}</c> with a relationship kind's phrase, <c>{Target}</c> with the same phrase capitalised.</summary>
public static class ItemText
{
    /// <summary>The placeholders item text may use, for messages.</summary>
    public const string AllowedPlaceholders = "{target} and {Target}";

    /// <summary>Whether <paramref name="name"/> (without braces) is a placeholder item text may use.</summary>
    /// <param name="name">Placeholder name, such as <c>target</c>.</param>
    /// <returns><see langword="true"/> for <c>target</c> and <c>Target</c>.</returns>
    public static bool IsKnownPlaceholder(string name) => name is "target" or "Target";

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

        var capitalised = kind.Target.Length == 0
            ? kind.Target
            : char.ToUpper(kind.Target[0], culture ?? CultureInfo.InvariantCulture) + kind.Target[1..];
        return text.Replace("{target}", kind.Target, StringComparison.Ordinal)
                   .Replace("{Target}", capitalised, StringComparison.Ordinal);
    }
}
