using System.CommandLine;
using System.Globalization;
using IntimacyKit.Content;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// Which culture a run speaks: <c>--culture TAG</c> (any command), else the POSIX locale (<c>LC_ALL</c>, then
/// <c>LC_MESSAGES</c>, then <c>LANG</c>, such as <c>de_AT.UTF-8</c>), else English. Content falls back per pack by BCP 47
/// truncation (<c>de-AT</c>, then <c>de</c>, then the pack's own language); the console's words follow the content.
/// </summary>
internal static class CultureChoice
{
    public const string Name = "--culture";

    public static Option<string?> Option() => new(Name)
    {
        Description = "The language to answer and read results in, as a language tag such as de or de-AT (default: LC_ALL, LC_MESSAGES or LANG, else "
            + "English). Content without a translation for it stays in its own language.",
        Recursive = true,
    };

    /// <summary>The culture asked for, or <see langword="null"/> for the default; a malformed <c>--culture</c> is a usage error.</summary>
    public static string? From(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var given = args[i] == Name && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith(Name + "=", StringComparison.Ordinal) ? args[i][(Name.Length + 1)..]
                : null;
            if (given is not null)
            {
                return CultureName.IsValid(given)
                    ? given
                    : throw new UserException($"{Name}: '{given}' is not a language tag; give one such as de, de-AT or en.", ExitCodes.Usage);
            }
        }

        foreach (var variable in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            if (environment(variable) is { Length: > 0 } value)
            {
                return FromPosix(value);
            }
        }

        return null;
    }

    /// <summary>A POSIX locale as a language tag (<c>de_AT.UTF-8@euro</c> is <c>de-AT</c>); <see langword="null"/> for C, POSIX or anything else.</summary>
    public static string? FromPosix(string locale)
    {
        var end = locale.IndexOfAny(['.', '@']);
        var tag = (end < 0 ? locale : locale[..end]).Replace('_', '-');
        return tag is "C" or "POSIX" || !CultureName.IsValid(tag) ? null : tag;
    }

    /// <summary>The culture of the console's words: that of the content chosen (English when none was translated).</summary>
    public static CultureInfo TextCulture(ContentCatalog catalog)
    {
        var culture = catalog.Packs[0].Culture;
        return CultureName.Language(culture) == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
    }
}
