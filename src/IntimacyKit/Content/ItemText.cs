using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>
/// Fills the placeholders of item text: <c>{target}</c> with a relationship kind's first-person phrase ("my partner"),
/// <c>{target's}</c> with its possessive ("my partner's"), and <c>{Target}</c> and <c>{Target's}</c> with the same, capitalised.
/// </summary>
public static class ItemText
{
    /// <summary>The placeholders item text may use, for messages.</summary>
    public const string AllowedPlaceholders = "{target}, {Target}, {target's}, {Target's} and the case forms {target:acc}, {target:dat} and {target:gen} "
        + "(also capitalised)";

    /// <summary>The nominative: <c>{target:nom}</c> is <c>{target}</c>.</summary>
    public const string Nominative = "nom";

    /// <summary>The grammatical cases a relationship kind may give its target phrase in, and item text may name after a colon.</summary>
    public static ImmutableArray<string> Cases { get; } = [Nominative, "acc", "dat", "gen"];

    /// <summary>Whether <paramref name="name"/> (without braces) is a placeholder item text may use.</summary>
    /// <param name="name">Placeholder name, such as <c>target</c> or <c>target:dat</c>.</param>
    /// <returns><see langword="true"/> for <c>target</c>, <c>Target</c>, <c>target's</c>, <c>Target's</c> and a case form of the first two.</returns>
    public static bool IsKnownPlaceholder(string name)
        => name is "target" or "Target" or "target's" or "Target's" || CaseOf(name) is not null;

    /// <summary>The grammatical case a placeholder names (<c>dat</c> for <c>target:dat</c>), or <see langword="null"/> for any other.</summary>
    /// <param name="name">Placeholder name without braces.</param>
    /// <returns>The case name, or <see langword="null"/>.</returns>
    public static string? CaseOf(string name)
    {
        Guard.NotNull(name);
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || name[..colon] is not ("target" or "Target"))
        {
            return null;
        }

        var grammaticalCase = name[(colon + 1)..];
        return Cases.Contains(grammaticalCase, StringComparer.Ordinal) ? grammaticalCase : null;
    }

    /// <summary>Renders item text for a relationship kind.</summary>
    /// <param name="text">Text with placeholders (as validated in a pack).</param>
    /// <param name="kind">The relationship kind whose target phrase fills the placeholders.</param>
    /// <param name="culture">Culture used to capitalise <c>{Target}</c>; the invariant culture when <see langword="null"/>.</param>
    /// <returns>The text with every placeholder filled (a case form the kind does not give is left as it is).</returns>
    public static string Render(string text, RelationshipKind kind, CultureInfo? culture = null)
    {
        Guard.NotNull(text);
        Guard.NotNull(kind);
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        culture ??= CultureInfo.InvariantCulture;
        var rendered = new StringBuilder(text.Length + 32);
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                rendered.Append(text, position, text.Length - position);
                break;
            }

            rendered.Append(text, position, open - position);
            var name = text[(open + 1)..close];
            rendered.Append(Fill(name, kind, culture) ?? text[open..(close + 1)]);
            position = close + 1;
        }

        return rendered.ToString();
    }

    private static string? Fill(string name, RelationshipKind kind, CultureInfo culture)
    {
        var phrase = name switch
        {
            "target" or "Target" => kind.Target,
            "target's" or "Target's" => kind.Possessive,
            _ => CaseOf(name) is { } grammaticalCase ? kind.TargetIn(grammaticalCase) : null,
        };
        return phrase is not null && name[0] == 'T' ? Capitalise(phrase, culture) : phrase;
    }

    private static string Capitalise(string phrase, CultureInfo culture)
        => phrase.Length == 0 ? phrase : char.ToUpper(phrase[0], culture) + phrase[1..];
}
