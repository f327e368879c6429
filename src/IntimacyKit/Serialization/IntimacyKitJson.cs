using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Serialization;

/// <summary>
/// The one place that configures Newtonsoft.Json for IntimacyKit. Nothing here touches the global defaults
/// (<c>JsonConvert.DefaultSettings</c>): every reader and writer is created from these settings.
/// </summary>
internal static class IntimacyKitJson
{
    /// <summary>Duplicate property names are errors, and line information is kept for located problems.</summary>
    public static JsonLoadSettings LoadSettings { get; } = new()
    {
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        LineInfoHandling = LineInfoHandling.Load,
        CommentHandling = CommentHandling.Ignore,
    };

    /// <summary>A reader that never parses dates or names types, with bounded depth.</summary>
    public static JsonTextReader CreateReader(TextReader text, int maxDepth) => new(text)
    {
        MaxDepth = maxDepth,
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Double,
        CloseInput = false,
    };

    /// <summary>A writer producing indented, invariant-culture JSON with LF line endings.</summary>
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
