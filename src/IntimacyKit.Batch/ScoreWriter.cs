using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Scoring;
using Newtonsoft.Json;
using nietras.SeparatedValues;

namespace IntimacyKit.Batch;

/// <summary>
/// Writes scored rows as CSV or JSON Lines: an <c>id</c> (the row's id, else its input line), one value per scale
/// and composite in the assessment's order (invariant culture, shortest round-trip form; empty or
/// <c>null</c> when not scored), and optionally bands and flags. Rejected rows are not written: they are reported
/// where the batch is consumed, with their line.
/// </summary>
public abstract class ScoreWriter : IDisposable
{
    private protected ScoreWriter(Assessment assessment, ScoreWriterOptions? options)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        Options = options ?? ScoreWriterOptions.Default;
        ScoreIds = [.. assessment.Scales.Select(static s => s.Id), .. assessment.Composites.Select(static c => c.Id)];
    }

    /// <summary>The scale and composite ids, in column order.</summary>
    public IReadOnlyList<string> ScoreIds { get; }

    /// <summary>How many rows were written.</summary>
    public long Written { get; private protected set; }

    private protected ScoreWriterOptions Options { get; }

    /// <summary>A CSV writer (Sep) for scores of one assessment.</summary>
    /// <param name="writer">Where to write; not disposed.</param>
    /// <param name="assessment">The assessment scored.</param>
    /// <param name="options">Options; the defaults when <see langword="null"/>.</param>
    /// <returns>The writer; dispose it to flush.</returns>
    public static ScoreWriter Csv(
        TextWriter writer,
        Assessment assessment,
        ScoreWriterOptions? options = null) => new CsvScoreWriter(writer, assessment, options);

    /// <summary>A JSON Lines writer for scores of one assessment.</summary>
    /// <param name="writer">Where to write; not disposed.</param>
    /// <param name="assessment">The assessment scored.</param>
    /// <param name="options">Options; the defaults when <see langword="null"/>.</param>
    /// <returns>The writer; dispose it to flush.</returns>
    public static ScoreWriter JsonLines(
        TextWriter writer,
        Assessment assessment,
        ScoreWriterOptions? options = null) => new JsonLinesScoreWriter(writer, assessment, options);

    /// <summary>A writer in the given format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="writer">Where to write; not disposed.</param>
    /// <param name="assessment">The assessment scored.</param>
    /// <param name="options">Options; the defaults when <see langword="null"/>.</param>
    /// <returns>The writer.</returns>
    public static ScoreWriter Create(ResponseFileFormat format, TextWriter writer, Assessment assessment, ScoreWriterOptions? options = null) => format switch
    {
        ResponseFileFormat.Csv => Csv(writer, assessment, options),
        ResponseFileFormat.JsonLines => JsonLines(writer, assessment, options),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Use Csv or JsonLines."),
    };

    /// <summary>Writes an outcome; a rejected one is skipped.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>Whether a row was written.</returns>
    public bool Write(in BatchOutcome outcome)
    {
        if (outcome.Result is not { } result)
        {
            return false;
        }

        WriteRow(outcome.RowId ?? outcome.Line.ToString(CultureInfo.InvariantCulture), result, outcome);
        Written++;
        return true;
    }

    /// <summary>Writes every outcome and counts them; rejected rows are counted, not written.</summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <returns>Rows read, scored and rejected.</returns>
    public BatchSummary WriteAll(IEnumerable<BatchOutcome> outcomes)
    {
        var summary = new BatchSummary();
        WriteAll(outcomes, summary, null);
        return summary;
    }

    /// <summary>
    /// Writes every outcome, counting each in <paramref name="summary"/> and passing each rejected one to
    /// <paramref name="rejected"/> (in input order, on the calling thread).
    /// </summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <param name="summary">Counts rows read, scored and rejected.</param>
    /// <param name="rejected">Called for each rejected row, e.g. to report its line; may be <see langword="null"/>.</param>
    public virtual void WriteAll(IEnumerable<BatchOutcome> outcomes, BatchSummary summary, Action<BatchOutcome>? rejected)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(summary);
        foreach (var outcome in outcomes)
        {
            summary.Add(outcome);
            if (!Write(outcome))
            {
                rejected?.Invoke(outcome);
            }
        }
    }

    /// <summary>Flushes what was written to the underlying writer.</summary>
    public abstract void Flush();

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Flushes and releases the writer.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    private protected abstract void WriteRow(string id, AssessmentResult result, in BatchOutcome outcome);

    private protected static string Flags(in BatchOutcome outcome) => string.Join(';', outcome.SafetyFlags.Select(FlagText));

    /// <summary>A flag as written in the safety column: its id, marked <c>:not-answered</c> when a skipped safety statement raised it.</summary>
    private protected static string FlagText(SafetyFlag flag) => flag.NotAnswered ? flag.Flag + ":not-answered" : flag.Flag;

    private protected static string Quality(AssessmentResult result)
        => string.Join(';', result.QualityFlags.Select(static f => f.KindName).Distinct(StringComparer.Ordinal));

    private sealed class CsvScoreWriter : ScoreWriter
    {
        private readonly SepWriter _csv;
        /// <summary>Room for one formatted double: the shortest round-trip form needs at most 24 characters.</summary>
        private const int CellWidth = 32;

        private readonly char[] _number = new char[CellWidth];

        public CsvScoreWriter(TextWriter writer, Assessment assessment, ScoreWriterOptions? options)
            : base(assessment, options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            _csv = Sep.New(',').Writer(static o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(writer, leaveOpen: true);
            _csv.Header.Add("id");
            _csv.Header.Add(ScoreIds.ToArray());
            if (Options.IncludeBands)
            {
                _csv.Header.Add([.. ScoreIds.Select(static id => id + ".band")]);
            }

            if (Options.IncludeFlags)
            {
                _csv.Header.Add(["safety", "quality"]);
            }

            // The header is written even when no row follows.
            _csv.Header.Write();
        }

        public override void Flush() => _csv.Flush();

        /// <summary>
        /// Formatting doubles in their shortest round-trip form is most of the cost of writing, so a chunk of rows is
        /// formatted on several threads into one buffer and then written in order.
        /// </summary>
        public override void WriteAll(IEnumerable<BatchOutcome> outcomes, BatchSummary summary, Action<BatchOutcome>? rejected)
        {
            ArgumentNullException.ThrowIfNull(outcomes);
            ArgumentNullException.ThrowIfNull(summary);
            const int ChunkSize = 1024;
            var scores = ScoreIds.Count;
            var chunk = new BatchOutcome[ChunkSize];
            var text = new char[ChunkSize * scores * CellWidth];
            var lengths = new int[ChunkSize * scores];
            var count = 0;
            try
            {
                foreach (var outcome in outcomes)
                {
                    summary.Add(outcome);
                    chunk[count++] = outcome;
                    if (count == ChunkSize)
                    {
                        WriteChunk(chunk, count, text, lengths, rejected);
                        count = 0;
                    }
                }
            }
            finally
            {
                // Also when the outcomes stop with an error (fail-fast): every row before it is written, as Write would.
                WriteChunk(chunk, count, text, lengths, rejected);
            }
        }

        /// <summary>
        /// Writes the first <paramref name="count"/> outcomes of <paramref name="chunk"/> in order, their scores formatted
        /// in parallel first; passes each rejected one to <paramref name="rejected"/>, then clears the chunk.
        /// </summary>
        private void WriteChunk(BatchOutcome[] chunk, int count, char[] text, int[] lengths, Action<BatchOutcome>? rejected)
        {
            var scores = ScoreIds.Count;
            FormatChunk(chunk, count, scores, text, lengths);
            for (var r = 0; r < count; r++)
            {
                ref readonly var outcome = ref chunk[r];
                if (outcome.Result is not { } result)
                {
                    rejected?.Invoke(outcome);
                    continue;
                }

                using var row = _csv.NewRow();
                row[0].Set(outcome.RowId ?? outcome.Line.ToString(CultureInfo.InvariantCulture));
                for (var i = 0; i < scores; i++)
                {
                    var cell = (r * scores) + i;
                    row[1 + i].Set(text.AsSpan(cell * CellWidth, lengths[cell]));
                }

                WriteExtras(row, 1 + scores, result, outcome);
                Written++;
            }

            Array.Clear(chunk, 0, count);
        }

        /// <summary>
        /// Formats the scores of the scored rows among the first <paramref name="count"/> of <paramref name="chunk"/>, on several
        /// threads: score <c>i</c> of row <c>r</c> goes to cell <c>r * scores + i</c> of <paramref name="text"/>
        /// (<see cref="CellWidth"/> characters each), its length to the same index of <paramref name="lengths"/>.
        /// </summary>
        private static void FormatChunk(BatchOutcome[] chunk, int count, int scores, char[] text, int[] lengths)
        {
            Parallel.For(0, (count + 63) / 64, part =>
            {
                for (var r = part * 64; r < Math.Min(count, (part + 1) * 64); r++)
                {
                    if (chunk[r].Result is { } result)
                    {
                        for (var i = 0; i < scores; i++)
                        {
                            var cell = (r * scores) + i;
                            lengths[cell] = ScoreAt(result, i).Value is { } value ? FormatScore(value, text.AsSpan(cell * CellWidth, CellWidth)) : 0;
                        }
                    }
                }
            });
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _csv.Dispose();
            }

            base.Dispose(disposing);
        }

        private protected override void WriteRow(string id, AssessmentResult result, in BatchOutcome outcome)
        {
            using var row = _csv.NewRow();
            row[0].Set(id);
            var column = 1;
            var scores = ScoreIds.Count;
            for (var i = 0; i < scores; i++, column++)
            {
                var score = ScoreAt(result, i);
                if (score.Value is { } value)
                {
                    row[column].Set(_number.AsSpan(0, FormatScore(value, _number)));
                }
                else
                {
                    row[column].Set(ReadOnlySpan<char>.Empty);
                }
            }

            WriteExtras(row, column, result, outcome);
        }

        private void WriteExtras(SepWriter.Row row, int column, AssessmentResult result, in BatchOutcome outcome)
        {
            var scores = ScoreIds.Count;
            if (Options.IncludeBands)
            {
                for (var i = 0; i < scores; i++, column++)
                {
                    row[column].Set(ScoreAt(result, i).Band?.Id ?? string.Empty);
                }
            }

            if (Options.IncludeFlags)
            {
                row[column++].Set(Flags(outcome));
                row[column].Set(Quality(result));
            }
        }
    }

    private sealed class JsonLinesScoreWriter : ScoreWriter
    {
        private readonly JsonTextWriter _json;

        public JsonLinesScoreWriter(TextWriter writer, Assessment assessment, ScoreWriterOptions? options)
            : base(assessment, options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            _json = new JsonTextWriter(writer)
            {
                Formatting = Formatting.None,
                CloseOutput = false,
                Culture = CultureInfo.InvariantCulture,
                FloatFormatHandling = FloatFormatHandling.Symbol,
            };
        }

        public override void Flush() => _json.Flush();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _json.Flush();
            }

            base.Dispose(disposing);
        }

        private protected override void WriteRow(string id, AssessmentResult result, in BatchOutcome outcome)
        {
            _json.WriteStartObject();
            _json.WritePropertyName("line");
            _json.WriteValue(outcome.Line);
            _json.WritePropertyName("id");
            _json.WriteValue(id);
            _json.WritePropertyName("scores");
            _json.WriteStartObject();
            for (var i = 0; i < ScoreIds.Count; i++)
            {
                _json.WritePropertyName(ScoreIds[i]);
                _json.WriteValue(ScoreAt(result, i).Value);
            }

            _json.WriteEndObject();
            if (Options.IncludeBands)
            {
                _json.WritePropertyName("bands");
                _json.WriteStartObject();
                for (var i = 0; i < ScoreIds.Count; i++)
                {
                    _json.WritePropertyName(ScoreIds[i]);
                    _json.WriteValue(ScoreAt(result, i).Band?.Id);
                }

                _json.WriteEndObject();
            }

            if (Options.IncludeFlags)
            {
                _json.WritePropertyName("safety");
                _json.WriteStartArray();
                foreach (var flag in outcome.SafetyFlags)
                {
                    _json.WriteValue(FlagText(flag));
                }

                _json.WriteEndArray();
                _json.WritePropertyName("quality");
                _json.WriteStartArray();
                foreach (var kind in result.QualityFlags.Select(static f => f.KindName).Distinct(StringComparer.Ordinal))
                {
                    _json.WriteValue(kind);
                }

                _json.WriteEndArray();
            }

            _json.WriteEndObject();
            _json.WriteWhitespace("\n");
        }
    }

    /// <summary>
    /// Formats a score in its shortest round-trip form (invariant culture). Most scale means have at most three
    /// decimals (quarters, halves, whole numbers); those are written directly, which is several times faster than the
    /// general algorithm and gives the same text. Anything else goes through <see cref="double.TryFormat(Span{char}, out int, ReadOnlySpan{char},
    /// IFormatProvider?)"/>.
    /// </summary>
    /// <returns>The number of characters written.</returns>
    internal static int FormatScore(double value, Span<char> destination)
    {
        var thousandths = Math.Round(value * 1000);

        // Exact when thousandths / 1000 is the same double: then these decimals parse back to the value, and no
        // shorter decimal can (the gap to any other three-decimal number is far wider than the value's precision).
        if (value != 0 && Math.Abs(value) < 1e6 && thousandths / 1000 == value)
        {
            var whole = (long)thousandths;
            var written = 0;
            if (whole < 0)
            {
                destination[written++] = '-';
                whole = -whole;
            }

            (var integer, var fraction) = Math.DivRem(whole, 1000);
            integer.TryFormat(destination[written..], out var digits, default, CultureInfo.InvariantCulture);
            written += digits;
            if (fraction != 0)
            {
                destination[written++] = '.';
                var divisor = 100;
                while (fraction != 0)
                {
                    destination[written++] = (char)('0' + (fraction / divisor));
                    fraction %= divisor;
                    divisor /= 10;
                }
            }

            return written;
        }

        value.TryFormat(destination, out var length, default, CultureInfo.InvariantCulture);
        return length;
    }

    /// <summary>The i-th score in column order: scales first, then composites.</summary>
    private protected static ScaleScore ScoreAt(AssessmentResult result, int index)
    {
        var scales = result.Scales;
        return index < scales.Count ? scales[index] : result.Composites[index - scales.Count];
    }
}
