using System.Globalization;
using System.Text;
using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Serialization;
using Newtonsoft.Json;
using nietras.SeparatedValues;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// Answers as JSON (<c>{"item-id": value, null to skip, or "n/a"}</c>) or CSV lines (<c>item,value</c>; an empty value
/// is a skip, <c>n/a</c> is "does not apply"). Text only: anything that is not text is refused by its offset, never
/// echoed; a repeated item is an error, never silently the last one.
/// </summary>
internal static class AnswerText
{
    /// <summary>The answer that means "Does not apply" in answer files: <c>item,n/a</c> or <c>"item": "n/a"</c>.</summary>
    public const string NotApplicableText = "n/a";

    private const int EchoedChars = 40;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A file's bytes as text: UTF-8 (with or without a byte order mark) and no control characters but tabs and line ends.</summary>
    public static string Decode(byte[] bytes, string source, ConsoleText text)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        for (var i = start; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x20 && bytes[i] is not (byte)'\t' and not (byte)'\n' and not (byte)'\r')
            {
                throw NotText(text, source, text.Format(text.NotTextByte, bytes[i], i));
            }
        }

        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException exception)
        {
            throw NotText(text, source, text.Format(text.NotTextUtf8, start + Math.Max(exception.Index, 0)));
        }
    }

    public static List<Answer> Parse(string answers, string source, ConsoleText text)
    {
        // A byte order mark (as some editors and shells write) is not part of the first item id.
        answers = answers.TrimStart('\uFEFF');
        for (var i = 0; i < answers.Length; i++)
        {
            if ((char.IsControl(answers[i]) && answers[i] is not '\t' and not '\n' and not '\r') || answers[i] == '\uFFFD')
            {
                throw NotText(text, source, text.Format(text.NotTextCharacter, (int)answers[i], i));
            }
        }

        var trimmed = answers.Trim();
        if (trimmed.Length == 0)
        {
            return [];
        }

        return trimmed[0] == '{' ? ParseJson(trimmed, source, text) : ParseCsv(trimmed, source, text);
    }

    private static UserException NotText(ConsoleText text, string source, string where) => new(text.Format(text.NotText, source, where), ExitCodes.Invalid);

    private static List<Answer> ParseJson(string json, string source, ConsoleText text)
    {
        if (!IntimacyKitJson.TryParse(json, 8, source, out var root, out var problem))
        {
            throw new UserException(problem.Code == ContentProblemCodes.DuplicateProperty
                ? text.Format(text.AnsweredTwice, source, problem.Line, problem.Column, Echo(problem.Path["$.".Length..]))
                : $"{source}:{problem.Line}:{problem.Column}: {problem.Message.TrimEnd('.')}.", ExitCodes.Invalid);
        }

        var answers = (JObject)root; // the text starts with '{'

        var result = new List<Answer>(answers.Count);
        foreach (var property in answers.Properties())
        {
            var value = property.Value;
            var line = ((IJsonLineInfo)property).LineNumber;
            result.Add(value.Type switch
            {
                JTokenType.Null => Answer.Skipped(property.Name),
                JTokenType.String when ((string)value!).Equals(NotApplicableText, StringComparison.OrdinalIgnoreCase) => Answer.NotApplicable(property.Name),
                JTokenType.Integer when value is JValue { Value: long number } && number is >= int.MinValue and <= int.MaxValue => new Answer(
                    property.Name,
                    (int)number),
                JTokenType.Integer => throw new UserException(
                    text.Format(text.FarOutsideAnyScale, source, line, Echo(property.Name), Echo(value.ToString())),
                    ExitCodes.Invalid),
                _ => throw new UserException(
                    text.Format(text.NotAWholeNumberAnswer, source, line, Echo(property.Name), value.Type.ToString().ToLowerInvariant()),
                    ExitCodes.Invalid),
            });
        }

        return result;
    }

    private static List<Answer> ParseCsv(string lines, string source, ConsoleText text)
    {
        var answers = new List<Answer>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        // Sep, as the batch reader: quoted fields (an id or value in quotes) read as they should; blank lines are skipped.
        using var csv = Sep.New(',').Reader(static o => o with
        {
            HasHeader = false,
            Unescape = true,
            Trim = SepTrim.All,
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }).FromText(lines);
        var first = true;
        foreach (var row in csv)
        {
            // The row's last line (Sep 0.17 reports line 2 as the first row's start when there is no header).
            var line = row.LineNumberToExcl - 1;
            var whole = row.Span.ToString().Trim();
            if (whole.Length == 0 || (first && whole.StartsWith("item,", StringComparison.OrdinalIgnoreCase)))
            {
                first = false;
                continue;
            }

            first = false;
            if (row.ColCount != 2)
            {
                throw new UserException(text.Format(text.ExpectedItemValue, source, line, Echo(whole)), ExitCodes.Invalid);
            }

            answers.Add(ParseAnswer(row[0].ToString(), row[1].ToString(), (source, line), seen, text));
        }

        return answers;
    }

    private static Answer ParseAnswer(string item, string value, (string Source, int Line) where, Dictionary<string, int> seen, ConsoleText text)
    {
        var (source, line) = where;
        if (!seen.TryAdd(item, line))
        {
            throw new UserException(text.Format(text.AnsweredAgain, source, line, Echo(item), seen[item]), ExitCodes.Invalid);
        }

        if (value.Length == 0)
        {
            return Answer.Skipped(item);
        }

        if (value.Equals(NotApplicableText, StringComparison.OrdinalIgnoreCase))
        {
            return Answer.NotApplicable(item);
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? new Answer(item, number)
            : throw new UserException(text.Format(text.NotAnAnswerNumber, source, line, Echo(value)), ExitCodes.Invalid);
    }

    /// <summary>A piece of the input, short enough to quote in one line.</summary>
    private static string Echo(string text) => text.Length <= EchoedChars ? text : text[..EchoedChars] + "...";
}
