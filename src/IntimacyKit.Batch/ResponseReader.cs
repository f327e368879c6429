using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using nietras.SeparatedValues;

namespace IntimacyKit.Batch;

/// <summary>
/// Reads responses to one assessment from CSV or JSON Lines as <see cref="BatchRow"/>s, lazily, for
/// <see cref="ScoringPipeline.ScoreRows"/>. A row that cannot be read becomes a malformed row with its line number,
/// and reading goes on.
/// </summary>
/// <remarks>
/// <para>CSV (read with Sep): a header of item ids, with an optional <c>id</c> and <c>relationship</c> column;
/// one row per response; an empty cell (or <c>NA</c>, as R writes it) is a skipped answer, an item without a column
/// is unanswered. Any other column is an error naming the allowed ones, since a misspelt item would silently
/// go unanswered.</para>
/// <para>JSON Lines: one object per line, <c>{"id": "r1", "relationship": "romantic", "answers": {"item": 3,
/// "other": null}}</c>, where <c>null</c> is a skipped answer; blank lines are ignored.</para>
/// </remarks>
public static class ResponseReader
{
    private const string IdColumn = "id";
    private const string RelationshipColumn = "relationship";

    /// <summary>Reads a file, choosing the format by its extension: <c>.csv</c>, or <c>.jsonl</c>/<c>.ndjson</c>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The catalog with the assessment.</param>
    /// <param name="assessmentId">The assessment answered.</param>
    /// <param name="options">Options; the defaults when <see langword="null"/>.</param>
    /// <returns>The rows, read lazily; the file is open while they are enumerated.</returns>
    /// <exception cref="ResponseFileException">The extension is not supported (thrown here), or the header is invalid (while enumerating).</exception>
    public static IEnumerable<BatchRow> ReadFile(string path, ContentCatalog catalog, string assessmentId, ResponseReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = FormatOf(path);
        return Read(path, catalog, assessmentId, options, format);

        static IEnumerable<BatchRow> Read(string path, ContentCatalog catalog, string assessmentId, ResponseReaderOptions? options, ResponseFileFormat format)
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            var rows = format == ResponseFileFormat.Csv ? ReadCsv(
                reader,
                catalog,
                assessmentId,
                options) : ReadJsonLines(reader, catalog, assessmentId, options);
            foreach (var row in rows)
            {
                yield return row;
            }
        }
    }

    /// <summary>The format a file name implies.</summary>
    /// <param name="path">The file name.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ResponseFileException">The extension is neither .csv, .jsonl nor .ndjson.</exception>
    public static ResponseFileFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" => ResponseFileFormat.Csv,
            ".JSONL" or ".NDJSON" => ResponseFileFormat.JsonLines,
            _ => throw new ResponseFileException(
                0,
                $"{Path.GetFileName(path)}: unsupported extension '{Path.GetExtension(path)}'; use .csv, .jsonl or .ndjson."),
        };
    }

    /// <summary>Reads CSV: a header of item ids (and optionally <c>id</c> and <c>relationship</c>), one response per row.</summary>
    /// <param name="reader">The text; not disposed.</param>
    /// <param name="catalog">The catalog with the assessment.</param>
    /// <param name="assessmentId">The assessment answered.</param>
    /// <param name="options">Options; the defaults when <see langword="null"/>.</param>
    /// <returns>The rows, read lazily.</returns>
    /// <exception cref="ResponseFileException">The header names a column that is not allowed, or twice (while enumerating).</exception>
    public static IEnumerable<BatchRow> ReadCsv(TextReader reader, ContentCatalog catalog, string assessmentId, ResponseReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var context = Context.Create(catalog, assessmentId, options);
        return ReadCsv(reader, context);
    }

    /// <summary>Reads JSON Lines: one object per line with <c>answers</c> and optionally <c>id</c> and <c>relationship</c>.</summary>
    /// <param name="reader">The text; not disposed.</param>
    /// <param name="catalog">The catalog with the assessment.</param>
    /// <param name="assessmentId">The assessment answered.</param>
    /// <param name="options">Options; the defaults when <see langword="null"/>.</param>
    /// <returns>The rows, read lazily.</returns>
    public static IEnumerable<BatchRow> ReadJsonLines(TextReader reader, ContentCatalog catalog, string assessmentId, ResponseReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var context = Context.Create(catalog, assessmentId, options);
        return ReadJsonLines(reader, context);
    }

    private static IEnumerable<BatchRow> ReadCsv(TextReader text, Context context)
    {
        // The header is read as a row, so that its problems are reported in IntimacyKit's words.
        var options = Sep.New(',').Reader(static o => o with
        {
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
        });
        using var csv = options.From(text, leaveOpen: true);
        if (!csv.MoveNext())
        {
            yield break;
        }

        var columns = ReadHeader(csv.Current, context);

        // Sequential on purpose: Sep's ParallelEnumerate does not keep line numbers, and problems must name their line.
        foreach (var row in csv)
        {
            var parsed = ParseRow(row, columns, context);
            if (parsed.Line > 0)
            {
                yield return parsed;
            }
        }
    }

    /// <summary>What each column of the header row holds: the id, the relationship or an item.</summary>
    /// <exception cref="ResponseFileException">A column appears twice, or is neither id, relationship nor an item.</exception>
    private static CsvColumns ReadHeader(SepReader.Row header, Context context)
    {
        var names = new string[header.ColCount];
        for (var c = 0; c < names.Length; c++)
        {
            names[c] = header[c].Span.Trim().ToString();
        }

        int idColumn = -1, relationshipColumn = -1;
        var itemOfColumn = new int[names.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < names.Length; c++)
        {
            var name = names[c];
            itemOfColumn[c] = -1;
            if (!seen.Add(name))
            {
                throw new ResponseFileException(1, $"column '{name}' appears twice in the header.");
            }

            if (name == IdColumn)
            {
                idColumn = c;
            }
            else if (name == RelationshipColumn)
            {
                relationshipColumn = c;
            }
            else if (context.ItemIndex.TryGetValue(name, out var item))
            {
                itemOfColumn[c] = item;
            }
            else
            {
                throw UnknownColumn(name, context);
            }
        }

        return new CsvColumns(names.Length, idColumn, relationshipColumn, itemOfColumn, itemOfColumn.Count(static i => i >= 0));
    }

    /// <summary>A header column that is not allowed, with the ones that are.</summary>
    private static ResponseFileException UnknownColumn(string name, Context context) => new(
        1,
        $"column '{name}' is not an item of '{context.Assessment.Id}'; allowed: id, relationship, " +
        $"{string.Join(", ", context.Assessment.Items.Select(static i => i.Id))}.");

    /// <summary>One CSV row as a response; a blank line gives the default row (line 0), which is skipped.</summary>
    private static BatchRow ParseRow(SepReader.Row row, CsvColumns columns, Context context)
    {
        long line = row.LineNumberFrom;
        if (row.ColCount != columns.Count)
        {
            return WrongColumnCount(row, line, columns);
        }

        var id = columns.Id >= 0 && row[columns.Id].Span.Trim() is { IsEmpty: false } idText ? idText.ToString() : null;
        var relationship = columns.Relationship >= 0 && row[columns.Relationship].Span.Trim() is { IsEmpty: false } kind
            ? kind.ToString()
            : context.RelationshipKind;
        var answers = new Answer[columns.Items];
        var count = 0;
        var items = context.Assessment.Items;
        for (var c = 0; c < columns.ItemOfColumn.Length; c++)
        {
            var item = columns.ItemOfColumn[c];
            if (item < 0)
            {
                continue;
            }

            var cell = row[c].Span;
            if (cell.Length == 1 && char.IsAsciiDigit(cell[0]))
            {
                answers[count++] = new Answer(items[item].Id, cell[0] - '0');
            }
            else if (cell.Trim() is { IsEmpty: true } or "NA")
            {
                answers[count++] = Answer.Skipped(items[item].Id);
            }
            else if (int.TryParse(
                cell,
                NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
                CultureInfo.InvariantCulture,
                out var value))
            {
                answers[count++] = new Answer(items[item].Id, value);
            }
            else
            {
                return NotAWholeNumber(line, items[item].Id, cell, id);
            }
        }

        // The array is handed over, not copied: nothing else holds it.
        var response = new AssessmentResponse(
            context.Assessment.Id,
            context.Assessment.Version,
            relationship,
            ImmutableCollectionsMarshal.AsImmutableArray(answers),
            context.CompletedAt,
            id);
        return BatchRow.Of(line, response, id);
    }

    /// <summary>A row whose column count differs from the header's; a blank line gives the default row (line 0), which is skipped.</summary>
    private static BatchRow WrongColumnCount(SepReader.Row row, long line, CsvColumns columns)
    {
        // Blank lines between rows are not responses.
        return row.ColCount == 1 && row[0].Span.IsEmpty
            ? default
            : BatchRow.Malformed(
                line,
                $"{row.ColCount} columns, but the header has {columns.Count}.",
                columns.Id >= 0 && columns.Id < row.ColCount ? row[columns.Id].ToString() : null);
    }

    /// <summary>A row with a cell that is neither a whole number nor a skipped answer.</summary>
    private static BatchRow NotAWholeNumber(long line, string itemId, ReadOnlySpan<char> cell, string? id) => BatchRow.Malformed(
        line,
        $"column '{itemId}': '{cell.Trim().ToString()}' is not a whole number; answers are whole numbers, and an empty cell is a skipped answer.",
        id);

    /// <summary>What each CSV column holds.</summary>
    private sealed record CsvColumns(int Count, int Id, int Relationship, int[] ItemOfColumn, int Items);

    private static readonly JsonLoadSettings LoadSettings = IntimacyKitJson.CreateLoadSettings(lineInfo: false);

    private static IEnumerable<BatchRow> ReadJsonLines(TextReader text, Context context)
    {
        var line = 0L;
        while (text.ReadLine() is { } json)
        {
            line++;
            if (string.IsNullOrWhiteSpace(json))
            {
                continue;
            }

            yield return ParseJsonLine(json, line, context);
        }
    }

    private static BatchRow ParseJsonLine(string json, long line, Context context)
    {
        JObject row;
        try
        {
            using var reader = IntimacyKitJson.CreateReader(new StringReader(json), 8);
            row = JObject.Load(reader, LoadSettings);
            if (HasMoreContent(reader))
            {
                return BatchRow.Malformed(line, "unexpected content after the object; each line holds one JSON object.");
            }
        }
        catch (JsonException exception)
        {
            return BatchRow.Malformed(line, $"not a JSON object: {exception.Message}");
        }

        string? id = null;
        var relationship = context.RelationshipKind;
        JObject? answersObject = null;
        foreach (var property in row.Properties())
        {
            switch (property.Name)
            {
                case IdColumn when property.Value.Type is JTokenType.String or JTokenType.Integer:
                    id = property.Value.ToString();
                    break;
                case IdColumn:
                    return BatchRow.Malformed(line, "$.id: expected a string or a number.");
                case RelationshipColumn when property.Value.Type == JTokenType.String:
                    relationship = (string)property.Value!;
                    break;
                case RelationshipColumn:
                    return BatchRow.Malformed(line, "$.relationship: expected a string.", id);
                case "answers" when property.Value is JObject answers:
                    answersObject = answers;
                    break;
                case "answers":
                    return BatchRow.Malformed(line, "$.answers: expected an object of item ids to whole numbers or null.", id);
                default:
                    return BatchRow.Malformed(line, $"$.{property.Name}: unknown property; allowed: id, relationship, answers.", id);
            }
        }

        if (answersObject is null)
        {
            return BatchRow.Malformed(line, "$.answers: missing; give an object of item ids to whole numbers or null.", id);
        }

        return ParseAnswers(answersObject, line, id, relationship, context);
    }

    /// <summary>The <c>answers</c> object of a JSON line as the row's response.</summary>
    private static BatchRow ParseAnswers(JObject answersObject, long line, string? id, string relationship, Context context)
    {
        var list = new Answer[answersObject.Count];
        var count = 0;
        foreach (var answer in answersObject.Properties())
        {
            var itemId = context.ItemIndex.TryGetValue(answer.Name, out var index) ? context.Assessment.Items[index].Id : answer.Name;
            switch (answer.Value.Type)
            {
                case JTokenType.Null:
                    list[count++] = Answer.Skipped(itemId);
                    break;
                case JTokenType.Integer when answer.Value.Value<long>() is >= int.MinValue and <= int.MaxValue:
                    list[count++] = new Answer(itemId, answer.Value.Value<int>());
                    break;
                default:
                    return BatchRow.Malformed(
                        line,
                        $"$.answers.{answer.Name}: expected a whole number or null, found {answer.Value.Type.ToString().ToLowerInvariant()} '{answer.Value}'.",
                        id);
            }
        }

        return BatchRow.Of(line, new AssessmentResponse(context.Assessment.Id, context.Assessment.Version, relationship, list, context.CompletedAt, id), id);
    }

    private static bool HasMoreContent(JsonTextReader reader)
    {
        try
        {
            return reader.Read() && reader.TokenType != JsonToken.Comment;
        }
        catch (JsonReaderException)
        {
            return true;
        }
    }

    /// <summary>What every row of one read shares.</summary>
    private sealed class Context
    {
        private Context(Assessment assessment, string relationshipKind, DateTimeOffset completedAt)
        {
            Assessment = assessment;
            RelationshipKind = relationshipKind;
            CompletedAt = completedAt;
            ItemIndex = assessment.Items.Select(static (item, i) => (item.Id, i)).ToFrozenDictionary(static p => p.Id, static p => p.i, StringComparer.Ordinal);
        }

        public Assessment Assessment { get; }

        public string RelationshipKind { get; }

        public DateTimeOffset CompletedAt { get; }

        public FrozenDictionary<string, int> ItemIndex { get; }

        public static Context Create(ContentCatalog catalog, string assessmentId, ResponseReaderOptions? options)
        {
            ArgumentNullException.ThrowIfNull(catalog);
            ArgumentNullException.ThrowIfNull(assessmentId);
            options ??= ResponseReaderOptions.Default;
            var assessment = catalog.GetAssessment(assessmentId);
            var kind = options.RelationshipKind ?? catalog.RelationshipKinds[0].Id;
            return new Context(assessment, kind, options.CompletedAt ?? options.TimeProvider.GetUtcNow());
        }
    }
}
