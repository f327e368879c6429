using System.Text.RegularExpressions;

namespace IntimacyKit.Samples.Console.Commands;

/// <summary>
/// System.CommandLine's messages in words a person knows: no .NET type names. In English they keep the library's
/// sentence; in another language, the library's own translation where it has one (it reads CurrentUICulture, which the
/// run sets), and the console's words for the few messages it leaves in English.
/// </summary>
internal static partial class ParseErrors
{
    public static string InWords(string message, ConsoleText text)
    {
        if (text.IsEnglish)
        {
            return Plain(message);
        }

        if (CannotParse().Match(message) is { Success: true } parse)
        {
            var (value, name, type) = (parse.Groups["value"].Value, parse.Groups["name"].Value, parse.Groups["type"].Value);
            return type switch
            {
                "System.Int32" => text.Format(text.ParseNotWholeNumber, name, value),
                "System.Double" => text.Format(text.ParseNotNumber, name, value),
                "IntimacyKit.Content.ExerciseMode" => text.Format(text.ParseNotMode, name, value),
                _ => text.Format(text.ParseNotType, name, value, type[(type.LastIndexOf('.') + 1)..].ToLowerInvariant()),
            };
        }

        if (Required().Match(message) is { Success: true } required)
        {
            return text.Format(text.ParseRequired, required.Groups["name"].Value);
        }

        return SingleValue().Match(message) is { Success: true } single
            ? text.Format(text.ParseSingleValue, single.Groups["name"].Value, single.Groups["count"].Value)
            : message;
    }

    /// <summary>The library's English sentence, with the expected type in plain words.</summary>
    private static string Plain(string message)
        => ExpectedType().Replace(message, match => match.Groups[1].Value switch
        {
            "System.Int32" => "as a whole number.",
            "System.Double" => "as a number, such as 0.7.",
            "IntimacyKit.Content.ExerciseMode" => "as a kind of exercise; use solo, together, journal or conversation.",
            var other => $"as {other[(other.LastIndexOf('.') + 1)..].ToLowerInvariant()}.",
        });

    [GeneratedRegex(@"as expected type '([\w.]+)'\.?", RegexOptions.CultureInvariant)]
    private static partial Regex ExpectedType();

    [GeneratedRegex(
        @"^Cannot parse argument '(?<value>.*)' for (option|command) '(?<name>.*)' as expected type '(?<type>[\w.]+)'\.?",
        RegexOptions.CultureInvariant)]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Option '(?<name>.*)' is required\.$", RegexOptions.CultureInvariant)]
    private static partial Regex Required();

    [GeneratedRegex(@"^Option '(?<name>.*)' expects a single argument but (?<count>\d+) were provided\.$", RegexOptions.CultureInvariant)]
    private static partial Regex SingleValue();
}
