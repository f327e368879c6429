using System.Globalization;
using System.Text;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>One problem found in a content pack: what is wrong, where, and what is allowed.</summary>
public sealed class ContentProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">Stable code from <see cref="ContentProblemCodes"/>.</param>
    /// <param name="message">What is wrong and what is allowed.</param>
    /// <param name="path">JSON path of the offending value, such as <c>$.exercises[2].targets[0]</c>.</param>
    /// <param name="source">File name or pack id, when known.</param>
    /// <param name="line">1-based line, or 0 when unknown.</param>
    /// <param name="column">1-based column, or 0 when unknown.</param>
    public ContentProblem(string code, string message, string path, string? source = null, int line = 0, int column = 0)
    {
        Code = Guard.NotNull(code);
        Message = Guard.NotNull(message);
        Path = Guard.NotNull(path);
        Source = source;
        Line = line;
        Column = column;
    }

    /// <summary>Stable code from <see cref="ContentProblemCodes"/>.</summary>
    public string Code { get; }

    /// <summary>What is wrong and what is allowed.</summary>
    public string Message { get; }

    /// <summary>JSON path of the offending value.</summary>
    public string Path { get; }

    /// <summary>File name or pack id, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>1-based line, or 0 when unknown (for a pack built in code).</summary>
    public int Line { get; }

    /// <summary>1-based column, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The same problem with a source and location.</summary>
    /// <param name="source">File name or pack id.</param>
    /// <param name="line">1-based line, or 0.</param>
    /// <param name="column">1-based column, or 0.</param>
    /// <returns>A located copy.</returns>
    public ContentProblem WithLocation(string? source, int line, int column) => new(Code, Message, Path, source, line, column);

    /// <summary>Formats the problem as <c>source:line:column: path: message</c>, leaving out what is unknown.</summary>
    /// <returns>One line of text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Source is not null)
        {
            text.Append(Source).Append(':');
        }

        if (Line > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Line}:{Column}:");
        }

        if (text.Length > 0)
        {
            text.Append(' ');
        }

        return text.Append(Path).Append(": ").Append(Message).ToString();
    }
}
