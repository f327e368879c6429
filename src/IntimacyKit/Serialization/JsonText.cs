using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using IntimacyKit.Content;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Serialization;

/// <summary>
/// Parses one JSON document into tokens with line information, as a value: the tokens, or one located problem
/// (a syntax error, a repeated property, content after the document). Repeated properties are found by the reader
/// itself, so nothing depends on the wording of Newtonsoft's messages.
/// </summary>
internal static partial class JsonText
{
    private static readonly JsonLoadSettings KeepLast = new()
    {
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Replace,
        LineInfoHandling = LineInfoHandling.Load,
        CommentHandling = CommentHandling.Ignore,
    };

    /// <summary>Parses <paramref name="text"/>; <paramref name="what"/> names the document in messages ("the pack").</summary>
    public static bool TryParse(
        string text, int maxDepth, string? source, string what, [NotNullWhen(true)] out JToken? root, [NotNullWhen(false)] out ContentProblem? problem)
    {
        root = null;
        using var reader = new RepeatCheckingReader(new StringReader(text), maxDepth);
        try
        {
            var token = JToken.ReadFrom(reader, KeepLast);
            if (reader.Repeated is { } repeated)
            {
                problem = repeated.WithLocation(source, repeated.Line, repeated.Column);
                return false;
            }

            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    var message = $"Unexpected content after the end of {what}; a file holds exactly one JSON object.";
                    problem = new ContentProblem(ContentProblemCodes.Syntax, message, "$", source, reader.LineNumber, reader.LinePosition);
                    return false;
                }
            }

            root = token;
            problem = null;
            return true;
        }
        catch (JsonReaderException exception)
        {
            // Newtonsoft reports malformed JSON by throwing; this is the one place it is caught and made a value.
            var path = string.IsNullOrEmpty(exception.Path) ? "$" : "$." + exception.Path;
            var message = EndsAt(text, exception.LineNumber, exception.LinePosition)
                ? "The JSON ends too early; the file may be incomplete."
                : CleanMessage(exception.Message);
            problem = new ContentProblem(ContentProblemCodes.Syntax, message, path, source, Math.Max(exception.LineNumber, 1), exception.LinePosition);
            return false;
        }
    }

    /// <summary>Whether a reader error at this line and column came at the end of the text (only white space after it).</summary>
    private static bool EndsAt(string text, int line, int column)
    {
        var end = text.AsSpan().TrimEnd();
        var lastLine = 1;
        var lineStart = 0;
        for (var i = 0; i < end.Length; i++)
        {
            if (end[i] == '\n')
            {
                lastLine++;
                lineStart = i + 1;
            }
        }

        return line > lastLine || (line == lastLine && column >= end.Length - lineStart);
    }

    /// <summary>Newtonsoft appends "Path '...', line N, position M." which the problem already carries as data.</summary>
    private static string CleanMessage(string message)
    {
        var cleaned = LocationSuffix().Replace(message, string.Empty).Trim();
        return cleaned.EndsWith('.') ? cleaned : cleaned + ".";
    }

    // Linear patterns (no nested or overlapping repeats) on bounded input: generated as code, without a timeout, so
    // that a stall of the process can never turn a check into an exception (NonBacktracking would be built at run time).
    [GeneratedRegex(
        @"\s*Path '[^']*'(, line \d+, position \d+)?\.?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        Timeout.Infinite)]
    private static partial Regex LocationSuffix();

    /// <summary>The safe reader (<see cref="IntimacyKitJson.CreateReader"/>'s settings) that notes the first property repeated within an object.</summary>
    private sealed class RepeatCheckingReader : JsonTextReader
    {
        private readonly List<HashSet<string>> _names = [];
        private int _depth = -1;

        public RepeatCheckingReader(TextReader text, int maxDepth)
            : base(text)
        {
            MaxDepth = maxDepth;
            DateParseHandling = DateParseHandling.None;
            FloatParseHandling = FloatParseHandling.Double;
            CloseInput = false;
        }

        public (string Path, string Name, int Line, int Column)? First { get; private set; }

        public ContentProblem? Repeated => First is { } first
            ? new ContentProblem(
                ContentProblemCodes.DuplicateProperty, $"Property '{first.Name}' appears more than once in this object; give it "
                    + "once.", first.Path, null, first.Line, first.Column)
            : null;

        public override bool Read()
        {
            if (!base.Read())
            {
                return false;
            }

            switch (TokenType)
            {
                case JsonToken.StartObject:
                    if (++_depth == _names.Count)
                    {
                        _names.Add(new HashSet<string>(StringComparer.Ordinal));
                    }

                    _names[_depth].Clear();
                    break;
                case JsonToken.EndObject:
                    _depth--;
                    break;
                case JsonToken.PropertyName when _depth >= 0 && !_names[_depth].Add((string)Value!) && First is null:
                    First = ("$." + Path, (string)Value!, LineNumber, LinePosition);
                    break;
            }

            return true;
        }
    }
}
