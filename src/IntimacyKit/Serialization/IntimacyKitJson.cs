using System.Diagnostics.CodeAnalysis;
using IntimacyKit.Content;
using IntimacyKit.Internal;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Serialization;

/// <summary>
/// The one place that configures Newtonsoft.Json for IntimacyKit, public so that hosts and the companion packages read
/// their own JSON the same safe way: a repeated property is an error (never a silent last-wins), dates stay text, depth
/// is bounded, and nothing touches the global defaults (<c>JsonConvert.DefaultSettings</c>).
/// </summary>
public static class IntimacyKitJson
{
    /// <summary>The load settings IntimacyKit's own readers share (never handed out, so never changed).</summary>
    internal static JsonLoadSettings LoadSettings { get; } = CreateLoadSettings();

    /// <summary>Settings for <c>JToken.ReadFrom</c> or <c>JObject.Load</c>: a repeated property name is an error, comments are skipped.</summary>
    /// <param name="lineInfo">Whether tokens keep their line and position, for located problems.</param>
    /// <returns>New settings (callers may change their own copy).</returns>
    public static JsonLoadSettings CreateLoadSettings(bool lineInfo = true) => new()
    {
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        LineInfoHandling = lineInfo ? LineInfoHandling.Load : LineInfoHandling.Ignore,
        CommentHandling = CommentHandling.Ignore,
    };

    /// <summary>A reader that never parses dates or names types, with bounded depth; it leaves <paramref name="text"/> open.</summary>
    /// <param name="text">The JSON.</param>
    /// <param name="maxDepth">The deepest nesting allowed.</param>
    /// <returns>The reader.</returns>
    public static JsonTextReader CreateReader(TextReader text, int maxDepth) => new(text)
    {
        MaxDepth = maxDepth,
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Double,
        CloseInput = false,
    };

    /// <summary>
    /// Parses one JSON document with the safe settings (bounded depth, no date parsing, comments skipped), as a value:
    /// the tokens with line information, or one located problem: malformed JSON (<see cref="ContentProblemCodes.Syntax"/>,
    /// "ends too early" when the text stops short), a property repeated within an object
    /// (<see cref="ContentProblemCodes.DuplicateProperty"/>, at its second occurrence) or content after the document.
    /// </summary>
    /// <param name="text">The JSON.</param>
    /// <param name="maxDepth">The deepest nesting allowed.</param>
    /// <param name="source">A file name or other source for the problem; none when <see langword="null"/>.</param>
    /// <param name="root">The document, when it parses.</param>
    /// <param name="problem">Otherwise what is wrong, with its JSON path, line and column.</param>
    /// <returns>Whether the text is one well-formed JSON document.</returns>
    public static bool TryParse(
        string text, int maxDepth, string? source, [NotNullWhen(true)] out JToken? root, [NotNullWhen(false)] out ContentProblem? problem)
        => JsonText.TryParse(Guard.NotNull(text), Guard.InRange(maxDepth, 1, 256), source, "the document", out root, out problem);

    /// <summary>A writer producing indented (two spaces), invariant-culture JSON; it leaves <paramref name="text"/> open.</summary>
    /// <param name="text">Where the JSON goes.</param>
    /// <returns>The writer.</returns>
    public static JsonTextWriter CreateWriter(TextWriter text) => new(text)
    {
        Formatting = Formatting.Indented,
        Indentation = 2,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        FloatFormatHandling = FloatFormatHandling.String,
        StringEscapeHandling = StringEscapeHandling.Default,
        CloseOutput = false,
    };
}
