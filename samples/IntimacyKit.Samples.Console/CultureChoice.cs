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

    public static Option<string?> Option(ConsoleText text) => new(Name) { Description = text.HelpCulture, Recursive = true };

    /// <summary>The tag given with <c>--culture TAG</c> or <c>--culture=TAG</c>, as given (it may be malformed), or <see langword="null"/>.</summary>
    public static string? Given(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var given = args[i] == Name && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith(Name + "=", StringComparison.Ordinal) ? args[i][(Name.Length + 1)..]
                : null;
            if (given is not null)
            {
                return given;
            }
        }

        return null;
    }

    /// <summary>
    /// The culture of the POSIX locale (<c>LC_ALL</c>, then <c>LC_MESSAGES</c>, then <c>LANG</c>), or <see langword="null"/> for the default.
    /// </summary>
    public static string? FromEnvironment(Func<string, string?> environment)
    {
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
