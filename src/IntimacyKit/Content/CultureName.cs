using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>
/// BCP 47 language tags as IntimacyKit uses them, without <see cref="System.Globalization.CultureInfo"/> (so that it
/// works in invariant globalization mode): checking a tag, and the lookup chain by truncation (RFC 4647, 3.4):
/// <c>de-Latn-AT</c>, then <c>de-Latn</c>, then <c>de</c>. Tags compare without regard to case.
/// </summary>
public static partial class CultureName
{
    /// <summary>Whether <paramref name="tag"/> is a language with optional script and region, such as <c>de</c>, <c>de-AT</c> or <c>zh-Hant-TW</c>.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>Whether IntimacyKit accepts it.</returns>
    public static bool IsValid(string? tag) => tag is not null && Pattern().IsMatch(tag);

    /// <summary>The tag, then each shorter tag by dropping its last subtag: the order in which a culture is looked for.</summary>
    /// <param name="tag">A valid tag.</param>
    /// <returns>The lookup chain, most specific first.</returns>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is not valid.</exception>
    public static ImmutableArray<string> Fallbacks(string tag)
    {
        Guard.NotNull(tag);
        if (!IsValid(tag))
        {
            throw new ArgumentException($"'{tag}' is not a BCP 47 language tag such as 'de' or 'de-AT'.", nameof(tag));
        }

        var chain = ImmutableArray.CreateBuilder<string>();
        for (var current = tag; current.Length > 0; current = current[..Math.Max(0, current.LastIndexOf('-'))])
        {
            chain.Add(current);
        }

        return chain.ToImmutable();
    }

    /// <summary>The language subtag in lower case (<c>de</c> for <c>de-AT</c>).</summary>
    /// <param name="tag">A tag.</param>
    /// <returns>The language.</returns>
    public static string Language(string tag)
    {
        Guard.NotNull(tag);
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
    }

    /// <summary>Whether two tags name the same culture, regardless of case.</summary>
    /// <param name="a">A tag.</param>
    /// <param name="b">Another tag.</param>
    /// <returns>Whether they are equal ignoring case.</returns>
    public static bool AreSame(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    // Linear patterns (no nested or overlapping repeats) on bounded input: generated as code, without a timeout, so
    // that a stall of the process can never turn a check into an exception (NonBacktracking would be built at run time).
    [GeneratedRegex(@"^[a-zA-Z]{2,3}(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|[0-9]{3}))?\z", RegexOptions.CultureInvariant, Timeout.Infinite)]
    private static partial Regex Pattern();
}
