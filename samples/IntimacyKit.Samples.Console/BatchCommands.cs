using System.Text;
using IntimacyKit.Batch;
using IntimacyKit.Content;
using IntimacyKit.Psychometrics;
using IntimacyKit.Scoring;
using Spectre.Console;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// score and analyze: many responses from a CSV or JSON Lines file. The console's own lines (summaries, headings, its
/// errors) are in the person's language; the files written, and the library's problems with a row, are the same in every
/// language.
/// </summary>
internal sealed class BatchCommands(ContentCatalog catalog, ScoringPipeline? pipeline, IAnsiConsole console, TextWriter error, ConsoleText text)
{
    /// <summary>Rejected rows beyond this many are counted but not printed one by one.</summary>
    private const int MaxReportedRows = 1000;

    public int Score(
        string assessmentId,
        FileInfo input,
        FileInfo output,
        bool failFast,
        bool bands,
        bool flags,
        string? relationship,
        ImputationMethod impute,
        CancellationToken cancellationToken)
    {
        var assessment = Assessment(assessmentId);
        var inputFormat = Format(input);
        var outputFormat = Format(output);
        if (string.Equals(input.FullName, output.FullName, StringComparison.Ordinal))
        {
            throw new UserException(text.Format(text.OutputIsInput, output.FullName), ExitCodes.Usage);
        }
        var readerOptions = ReaderOptions(relationship);
        var summary = new BatchSummary();
        var rejected = new RejectedRows(input, error);

        using var stream = OpenInput(input);
        var imputation = impute == ImputationMethod.None ? null : Imputation(assessment, input, stream, readerOptions, impute);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var rows = inputFormat == ResponseFileFormat.Csv
            ? ResponseReader.ReadCsv(reader, catalog, assessment.Id, readerOptions)
            : ResponseReader.ReadJsonLines(reader, catalog, assessment.Id, readerOptions);
        var options = new BatchScoringOptions { FailFast = failFast, Properties = imputation?.AsProperties() };

        void ScoreAll(Action? onChunk)
        {
            AtomicFile.Write(output.FullName, writer =>
            {
                using var scores = ScoreWriter.Create(outputFormat, writer, assessment, new ScoreWriterOptions { IncludeBands = bands, IncludeFlags = flags });
                var outcomes = (pipeline ?? throw new InvalidOperationException("score needs a pipeline")).ScoreRows(rows, options, cancellationToken);
                scores.WriteAll(onChunk is null ? outcomes : WithProgress(outcomes, onChunk), summary, rejected.Add);

                // No row scored: no file (a header alone would look like a result), and exit 1.
                if (summary.Scored == 0)
                {
                    throw new UserException(text.Format(text.NoRowScored, input.Name, summary.Read, output.Name), ExitCodes.Invalid);
                }
            }, text);
        }

        ScoreWithProgress(stream, input, output, ScoreAll);

        PhaseTimes.Mark("read, score and write rows");
        if (rejected.Count > MaxReportedRows)
        {
            error.WriteLine(text.Format(text.MoreRejectedRows, input.Name, rejected.Count - MaxReportedRows));
        }

        ShowSummary(summary, output, rejected.SafetyNotAnswered);
        ShowImputation(imputation, input);
        console.WriteLine(catalog.NoticesFor(assessment.Id).Disclaimer);

        return summary.Rejected == 0 ? ExitCodes.Success : ExitCodes.Invalid;
    }

    /// <summary>
    /// score --impute median|mean: the items' medians or means over the well-formed rows of the file, in a first pass; the
    /// stream is rewound for the second (a pipe cannot be, and is refused). Rows the first pass skips are reported by the second.
    /// </summary>
    private ItemImputation Imputation(Assessment assessment, FileInfo input, FileStream stream, ResponseReaderOptions readerOptions, ImputationMethod impute)
    {
        if (!stream.CanSeek)
        {
            throw new UserException(text.Format(text.ImputeNeedsFile, impute == ImputationMethod.Median ? "median" : "mean", input.FullName), ExitCodes.Usage);
        }

        try
        {
            var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
            using (reader)
            {
                var rows = Format(input) == ResponseFileFormat.Csv
                    ? ResponseReader.ReadCsv(reader, catalog, assessment.Id, readerOptions)
                    : ResponseReader.ReadJsonLines(reader, catalog, assessment.Id, readerOptions);
                var responses = rows.Where(static r => !r.IsMalformed).Select(static r => r.Response!);
                return ItemImputation.Compute(catalog, assessment.Id, responses, ImputationPolicy.All(impute));
            }
        }
        catch (ResponseFileException exception)
        {
            throw new UserException(Located(input, exception), ExitCodes.Invalid);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    /// <summary>
    /// Runs <paramref name="scoreAll"/>, with a progress bar over the input file in a terminal, and turns a batch that
    /// stopped (--fail-fast, or a file that cannot be read) into a user error.
    /// </summary>
    private void ScoreWithProgress(FileStream stream, FileInfo input, FileInfo output, Action<Action?> scoreAll)
    {
        try
        {
            if (console.Profile.Capabilities.Interactive && stream.CanSeek && stream.Length > 0)
            {
                console.Progress().AutoClear(true).Start(progress =>
                {
                    var task = progress.AddTask(Markup.Escape(text.Format(text.ScoringFile, input.Name)), maxValue: stream.Length);
                    scoreAll(() => task.Value = stream.Position);
                    task.Value = stream.Length;
                });
            }
            else
            {
                scoreAll(null);
            }
        }
        catch (BatchRowException exception)
        {
            throw new UserException(text.Format(text.FailFastStopped, input.Name, exception.Line, exception.Outcome.Problem, output.Name), ExitCodes.Invalid);
        }
        catch (ResponseFileException exception)
        {
            throw new UserException(Located(input, exception), ExitCodes.Invalid);
        }
    }

    /// <summary>Says which statistics filled in missing answers, when they were.</summary>
    private void ShowImputation(ItemImputation? imputation, FileInfo input)
    {
        if (imputation is not null)
        {
            var method = imputation.Policy.Method == ImputationMethod.Median ? text.ImputeMedian : text.ImputeMean;
            console.WriteLine(text.Format(text.ImputedWith, method, imputation.Responses, input.Name));
        }
    }

    /// <summary>The counts after scoring, then what calls for care: urgent flags and safety statements left unanswered.</summary>
    private void ShowSummary(BatchSummary summary, FileInfo output, long rejectedWithSafetyUnanswered)
    {
        console.WriteLine(text.Format(text.BatchSummary, summary.Read, summary.Scored, summary.Rejected, output.Name));
        if (summary.Urgent > 0)
        {
            console.WriteLine(text.Format(text.UrgentRows, Rows(summary.Urgent)));
        }

        // A rejected row is not in the output, so it cannot carry a mark there: it is counted on its own.
        var writtenWithSafetyUnanswered = summary.SafetyNotAnswered - rejectedWithSafetyUnanswered;
        if (writtenWithSafetyUnanswered > 0)
        {
            console.WriteLine(text.Format(text.SafetyUnansweredRows, Rows(writtenWithSafetyUnanswered)));
        }

        if (rejectedWithSafetyUnanswered > 0)
        {
            console.WriteLine(text.Format(
                rejectedWithSafetyUnanswered == 1 ? text.RejectedSafetyRow : text.RejectedSafetyRows, Rows(rejectedWithSafetyUnanswered)));
        }
    }

    /// <summary>The rows score rejects: counted, and each named on standard error, the first <see cref="MaxReportedRows"/> of them.</summary>
    private sealed class RejectedRows(FileInfo input, TextWriter error)
    {
        /// <summary>How many were rejected, named or not.</summary>
        public int Count { get; private set; }

        /// <summary>How many of them had no valid answer to a safety statement.</summary>
        public long SafetyNotAnswered { get; private set; }

        public void Add(BatchOutcome outcome)
        {
            if (outcome.SafetyFlags.Any(static f => f.NotAnswered))
            {
                SafetyNotAnswered++;
            }

            if (Count++ < MaxReportedRows)
            {
                error.WriteLine($"{input.Name}:{outcome.Line}: {outcome.Problem}");
            }
        }
    }

    /// <summary>A response file problem as <c>file:line: message</c>, quoting at most a short piece of the input.</summary>
    private static string Located(FileInfo input, ResponseFileException exception)
    {
        const int Longest = 300;
        var problem = exception.Problem.Length > Longest ? exception.Problem[..Longest] + "..." : exception.Problem;
        return exception.Line > 0 ? $"{input.Name}:{exception.Line}: {problem}" : $"{input.Name}: {problem}";
    }

    private string Rows(long count) => count == 1 ? text.OneRow : text.Format(text.Rows, count);

    private static IEnumerable<BatchOutcome> WithProgress(IEnumerable<BatchOutcome> outcomes, Action onChunk)
    {
        var count = 0;
        foreach (var outcome in outcomes)
        {
            if ((++count & 4095) == 0)
            {
                onChunk();
            }

            yield return outcome;
        }
    }

    /// <summary>
    /// Reads the well-formed rows of a response file into <paramref name="consume"/> (item analysis or norms), naming
    /// every row it leaves out on standard error as it goes.
    /// </summary>
    private (T Result, AnalyzedRows Kept) ReadKept<T>(
        Assessment assessment, FileInfo input, string? relationship, Func<IEnumerable<AssessmentResponse>, T> consume, CancellationToken cancellationToken)
    {
        var format = Format(input);
        try
        {
            using var stream = OpenInput(input);
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            var rows = format == ResponseFileFormat.Csv
                ? ResponseReader.ReadCsv(reader, catalog, assessment.Id, ReaderOptions(relationship))
                : ResponseReader.ReadJsonLines(reader, catalog, assessment.Id, ReaderOptions(relationship));
            var ranges = assessment.Items.ToDictionary(static i => i.Id, i => catalog.GetResponseScale(assessment, i), StringComparer.Ordinal);
            var kept = new AnalyzedRows(input, error, ranges, text, cancellationToken);
            return (consume(rows.Where(kept.Keep).Select(static row => row.Response!)), kept);
        }
        catch (ResponseFileException exception)
        {
            throw new UserException(Located(input, exception), ExitCodes.Invalid);
        }
    }

    /// <summary>analyze --norms: norms from a file of responses, written as a norms file, in one streaming pass.</summary>
    public int BuildNorms(string assessmentId, FileInfo input, FileInfo output, NormsOptions options, string? relationship, CancellationToken cancellationToken)
    {
        var assessment = Assessment(assessmentId);
        if (string.Equals(input.FullName, output.FullName, StringComparison.Ordinal))
        {
            throw new UserException(text.Format(text.OutputIsInput, output.FullName), ExitCodes.Usage);
        }

        // Where the norms go is checked before the file is read, not after (a million rows later).
        if (Path.GetDirectoryName(output.FullName) is { } folder && !Directory.Exists(folder))
        {
            throw new UserException(text.Format(text.NoSuchFolder, "--norms", folder), ExitCodes.Usage);
        }

        // One streaming pass: the builder keeps histograms and cross-products, so memory does not grow with the file.
        var (patch, kept) = ReadKept(
            assessment, input, relationship, responses => NormsBuilder.Build(catalog, assessment.Id, responses, options), cancellationToken);

        foreach (var scaleId in assessment.Scales.Select(static s => s.Id).Where(patch.Scales.ContainsKey))
        {
            var norms = patch.Scales[scaleId];
            console.WriteLine(text.Format(
                text.NormsScale,
                scaleId,
                norms.N,
                text.Number(norms.Mean, "0.000"),
                text.Number(norms.StandardDeviation, "0.000"),
                text.Number(norms.Reliability, "0.000")));
        }

        foreach (var refused in patch.Refused)
        {
            console.WriteLine(text.Format(text.NormsRefused, refused.ScaleId, refused.Reason));
        }

        if (patch.Scales.IsEmpty)
        {
            throw new UserException(text.Format(text.NoNormsBuilt, output.Name), ExitCodes.Invalid);
        }

        AtomicFile.Write(output.FullName, patch.ToJson(), text);
        console.WriteLine(text.Format(text.NormsWritten, patch.Scales.Count, assessment.Scales.Length, output.Name, patch.Responses));
        console.WriteLine(catalog.NoticesFor(assessment.Id).Disclaimer);
        if (kept.Problems > MaxReportedRows)
        {
            error.WriteLine(text.Format(text.MoreProblemRows, input.Name, kept.Problems - MaxReportedRows));
        }

        return kept.Rejected == 0 && kept.Ignored == 0 ? ExitCodes.Success : ExitCodes.Invalid;
    }

    public int Analyze(
        string assessmentId,
        FileInfo input,
        bool json,
        bool listwise,
        double minAlpha,
        string? relationship,
        bool frequencies = false,
        CancellationToken cancellationToken = default)
    {
        var assessment = Assessment(assessmentId);
        var options = new ItemAnalysisOptions { Missing = listwise ? MissingAnswers.Listwise : MissingAnswers.Pairwise, AlphaThreshold = minAlpha };
        var (analysis, kept) = ReadKept(
            assessment, input, relationship, responses => ItemAnalysis.Analyze(catalog, assessment.Id, responses, options), cancellationToken);
        if (analysis.Responses == 0)
        {
            // Nothing to analyze is a failed run (as score's "no row could be scored"), not a page of empty tables.
            throw new UserException(text.Format(text.NoRowsToAnalyze, input.Name, kept.Rejected), ExitCodes.Invalid);
        }

        var disclaimer = catalog.NoticesFor(assessment.Id).Disclaimer;
        if (json)
        {
            // Machine output goes to the raw writer: Spectre would wrap long lines and break the JSON.
            console.Profile.Out.Writer.Write(AnalysisOutput.ToJson(analysis, disclaimer, listwise) + "\n");
            console.Profile.Out.Writer.Flush();
        }
        else
        {
            new AnalysisOutput(console, text).ShowTables(analysis, frequencies);
            console.WriteLine(disclaimer);
        }

        if (kept.Problems > MaxReportedRows)
        {
            error.WriteLine(text.Format(text.MoreProblemRows, input.Name, kept.Problems - MaxReportedRows));
        }

        return kept.Rejected == 0 && kept.Ignored == 0 ? ExitCodes.Success : ExitCodes.Invalid;
    }

    /// <summary>
    /// The rows analyze takes, and what it leaves out: a malformed row is rejected, and an answer outside its item's
    /// scale is left out of the analysis. Each problem is named on standard error, the first <see cref="MaxReportedRows"/> of them.
    /// </summary>
    private sealed class AnalyzedRows(
        FileInfo input, TextWriter error, Dictionary<string, ResponseScale> ranges, ConsoleText text, CancellationToken cancellationToken)
    {
        /// <summary>How many rows were malformed, and left out.</summary>
        public int Rejected { get; private set; }

        /// <summary>How many rows were taken with answers outside their scale.</summary>
        public int Ignored { get; private set; }

        /// <summary>How many problems there were, named or not.</summary>
        public int Problems { get; private set; }

        /// <summary>Whether the analysis takes the row: every row that is not malformed.</summary>
        public bool Keep(BatchRow row)
        {
            // Ctrl+C: stops between rows; nothing has been printed yet, so nothing is left half-shown.
            cancellationToken.ThrowIfCancellationRequested();
            if (!row.IsMalformed)
            {
                // The analysis leaves an answer outside its item's scale out; say so, as score rejects its row.
                var outside = row.Response!.Answers.Where(a => a.Value is { } v && ranges.TryGetValue(
                    a.ItemId,
                    out var range) && !range.Contains(v)).ToList();
                if (outside.Count > 0)
                {
                    Ignored++;
                    var first = outside[0];
                    var range = ranges[first.ItemId];
                    var more = outside.Count > 1 ? text.Format(text.MoreInThisRow, outside.Count - 1) : string.Empty;
                    Report(text.Format(text.ValueOutsideScale, input.Name, row.Line, first.ItemId, first.Value, range.Min, range.Max, more));
                }

                return true;
            }

            Rejected++;
            Report($"{input.Name}:{row.Line}: {row.Problem}");
            return false;
        }

        private void Report(string line)
        {
            if (Problems++ < MaxReportedRows)
            {
                error.WriteLine(line);
            }
        }
    }

    private Assessment Assessment(string id) => catalog.TryGetAssessment(id, out var assessment)
        ? assessment
        : throw new UserException(text.Format(text.NoAssessment, id, string.Join(", ", catalog.Assessments.Select(a => a.Id))), ExitCodes.Usage);

    private ResponseReaderOptions ReaderOptions(string? relationship)
    {
        if (relationship is not null && !catalog.TryGetRelationshipKind(relationship, out _))
        {
            throw new UserException(
                text.Format(text.NoRelationshipKind, relationship, string.Join(", ", catalog.RelationshipKinds.Select(k => k.Id))),
                ExitCodes.Usage);
        }

        return new ResponseReaderOptions { RelationshipKind = relationship };
    }

    private ResponseFileFormat Format(FileInfo file)
    {
        if (Directory.Exists(file.FullName))
        {
            throw new UserException(text.Format(text.IsAFolder, string.Empty, file.FullName), ExitCodes.Usage);
        }

        try
        {
            return ResponseReader.FormatOf(file.Name);
        }
        catch (ResponseFileException exception)
        {
            throw new UserException(exception.Message, ExitCodes.Usage);
        }
    }

    private FileStream OpenInput(FileInfo input)
    {
        try
        {
            return new FileStream(input.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserException(
                exception is FileNotFoundException ? text.Format(text.NoSuchFile, string.Empty, input.FullName) : $"{input.FullName}: {exception.Message}",
                ExitCodes.Usage);
        }
    }
}
