using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Internal;
using IntimacyKit.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Support;

/// <summary>
/// Reads a host's support contacts from JSON, safely (no type names, bounded depth and size) and with every problem
/// located by JSON path, line and column:
/// <code>
/// { "region": "...", "contacts": [ { "kind": "emergency-services", "name": "...", "phone": "..." } ] }
/// </code>
/// </summary>
public static class SupportDirectoryReader
{
    private const int MaxChars = 1024 * 1024;
    private static readonly FrozenSet<string> RootMembers = FrozenSet.ToFrozenSet(["region", "contacts"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> ContactMembers = FrozenSet.ToFrozenSet(["kind", "name", "phone", "text", "url", "hours"], StringComparer.Ordinal);

    /// <summary>Reads a directory from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">Where the text came from (a file name), for messages.</param>
    /// <returns>The directory, or every problem found.</returns>
    public static SupportDirectoryLoadResult Read(string json, string? source = null)
    {
        Guard.NotNull(json);
        if (json.Length > MaxChars)
        {
            return Failure(new ContentProblem(
                ContentProblemCodes.TooLarge,
                string.Create(CultureInfo.InvariantCulture, $"The support directory is larger than {MaxChars:N0} characters; it should list contacts only."),
                "$",
                source));
        }

        if (string.IsNullOrWhiteSpace(json))
        {
            return Failure(new ContentProblem(
                ContentProblemCodes.Syntax,
                "The support directory is empty; it is a JSON object that starts with '{'.",
                "$",
                source,
                1,
                1));
        }

        if (!TryParse(json, source, out var root, out var syntaxProblem))
        {
            return Failure(syntaxProblem);
        }

        return Bind(root, source);
    }

    /// <summary>Parses the text as exactly one JSON value, or gives the syntax problem (invalid JSON, or content after the value).</summary>
    private static bool TryParse(
        string json,
        string? source,
        [NotNullWhen(true)] out JToken? root,
        [NotNullWhen(false)] out ContentProblem? problem)
    {
        root = null;
        problem = null;
        using (var reader = IntimacyKitJson.CreateReader(new StringReader(json), 16))
        {
            try
            {
                root = JToken.ReadFrom(reader, IntimacyKitJson.LoadSettings);
                while (reader.Read())
                {
                    if (reader.TokenType != JsonToken.Comment)
                    {
                        problem = new ContentProblem(
                            ContentProblemCodes.Syntax,
                            "Unexpected content after the end of the support directory; a file holds exactly one JSON object.",
                            "$",
                            source,
                            reader.LineNumber,
                            reader.LinePosition);
                        return false;
                    }
                }
            }
            catch (JsonReaderException exception)
            {
                problem = new ContentProblem(
                    ContentProblemCodes.Syntax,
                    exception.Message,
                    string.IsNullOrEmpty(exception.Path) ? "$" : "$." + exception.Path,
                    source,
                    exception.LineNumber,
                    exception.LinePosition);
                return false;
            }
        }

        return true;
    }

    /// <summary>Binds a parsed directory: its region (which must not be empty) and its contacts.</summary>
    private static SupportDirectoryLoadResult Bind(JToken root, string? source)
    {
        var binder = new JsonBinder(source);
        SupportDirectory? directory = null;
        if (binder.Object(root, "$", "the support directory", RootMembers) is { } o)
        {
            var region = o.RequiredString("region");
            var contacts = o.Objects("contacts", required: true, BindContact);
            if (o.Token["region"]?.Type == JTokenType.String && string.IsNullOrWhiteSpace(region))
            {
                binder.Report(
                    ContentProblemCodes.EmptyText,
                    "$.region",
                    "The region is empty; name the region the contacts serve, such as a country.",
                    o.Token["region"]);
            }

            if (binder.Problems.Count == 0)
            {
                directory = new SupportDirectory(region!, contacts);
            }
        }

        return binder.Problems.Count == 0 && directory is not null
            ? new SupportDirectoryLoadResult(directory, [])
            : new SupportDirectoryLoadResult(null, [.. binder.Problems]);
    }

    /// <summary>Reads a directory from a JSON file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The directory, or every problem found (a missing or unreadable file is one problem).</returns>
    public static SupportDirectoryLoadResult ReadFile(string path)
    {
        Guard.NotBlank(path);
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxChars * 4L)
            {
                return Failure(new ContentProblem(
                    ContentProblemCodes.TooLarge,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The support directory is larger than {MaxChars:N0} characters; it should list contacts only."),
                    "$",
                    path));
            }

            return Read(File.ReadAllText(path), path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failure(new ContentProblem(ContentProblemCodes.Syntax, $"Cannot read the support directory: {exception.Message}", "$", path));
        }
    }

    private static SupportContact? BindContact(JsonBinder binder, JToken token, string path)
    {
        if (binder.Object(token, path, "a contact", ContactMembers) is not { } c)
        {
            return null;
        }

        var kind = c.RequiredString("kind");
        var name = c.RequiredString("name");
        var phone = c.OptionalString("phone");
        var text = c.OptionalString("text");
        var url = c.OptionalString("url");
        var hours = c.OptionalString("hours");
        var valid = true;
        if (c.Token["kind"]?.Type == JTokenType.String && !ContentPackValidator.IsValidId(kind))
        {
            binder.Report(
                ContentProblemCodes.InvalidValue,
                path + ".kind",
                $"Kind '{kind}' is not a kebab-case kind of help, such as 'emergency-services' or 'crisis-line'.",
                c.Token["kind"]);
            valid = false;
        }

        if (c.Token["name"]?.Type == JTokenType.String && string.IsNullOrWhiteSpace(name))
        {
            binder.Report(ContentProblemCodes.EmptyText, path + ".name", "The contact's name is empty; write the name people will see.", c.Token["name"]);
            valid = false;
        }

        foreach (var (field, value) in new[] { ("phone", phone), ("text", text), ("url", url), ("hours", hours) })
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                binder.Report(
                    ContentProblemCodes.EmptyText,
                    $"{path}.{field}",
                    $"'{field}' of contact '{name}' is empty; leave it out or fill it in.",
                    c.Token[field]);
                valid = false;
            }
        }

        if (string.IsNullOrWhiteSpace(phone) && string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(url))
        {
            binder.Report(
                ContentProblemCodes.MissingProperty,
                path,
                $"Contact '{name}' gives no way to reach it; give at least one of 'phone', 'text' or 'url'.",
                c.Token);
            valid = false;
        }

        return valid && !string.IsNullOrWhiteSpace(kind) && !string.IsNullOrWhiteSpace(name) ? new SupportContact(kind!, name!, phone, text, url, hours) : null;
    }

    private static SupportDirectoryLoadResult Failure(ContentProblem problem) => new(null, [problem]);
}
