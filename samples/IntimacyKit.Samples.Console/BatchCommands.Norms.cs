using System.Text;
using IntimacyKit.Batch;
using IntimacyKit.Content;
using IntimacyKit.Psychometrics;
using Spectre.Console;

namespace IntimacyKit.Samples.Console;

/// <summary>analyze --norms: norms from a file of responses, written as a norms file; and reading one back for --norms.</summary>
internal sealed partial class BatchCommands
{
    public int BuildNorms(string assessmentId, FileInfo input, FileInfo output, NormsOptions options, string? relationship, CancellationToken cancellationToken)
    {
        var assessment = Assessment(assessmentId);
        var format = Format(input);
        if (string.Equals(input.FullName, output.FullName, StringComparison.Ordinal))
        {
            throw new UserException(text.Format(text.OutputIsInput, output.FullName), ExitCodes.Usage);
        }

        AnalyzedRows kept;
        NormsPatch patch;
        try
        {
            // One streaming pass: the builder keeps histograms and cross-products, so memory does not grow with the file.
            using var stream = OpenInput(input);
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            var rows = format == ResponseFileFormat.Csv
                ? ResponseReader.ReadCsv(reader, catalog, assessment.Id, ReaderOptions(relationship))
                : ResponseReader.ReadJsonLines(reader, catalog, assessment.Id, ReaderOptions(relationship));
            var ranges = assessment.Items.ToDictionary(static i => i.Id, i => catalog.GetResponseScale(assessment, i), StringComparer.Ordinal);
            kept = new AnalyzedRows(input, error, ranges, text, cancellationToken);
            patch = NormsBuilder.Build(catalog, assessment.Id, rows.Where(kept.Keep).Select(static row => row.Response!), options);
        }
        catch (ResponseFileException exception)
        {
            throw new UserException(Located(input, exception), ExitCodes.Invalid);
        }

        foreach (var (scaleId, norms) in patch.Scales)
        {
            console.WriteLine(text.Format(
                text.NormsScale, scaleId, norms.N, text.Number(norms.Mean, "0.000"), text.Number(norms.StandardDeviation, "0.000"), text.Number(norms.Reliability, "0.000")));
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
        console.WriteLine(text.Format(text.NormsWritten, patch.Scales.Length, assessment.Scales.Length, output.Name, patch.Responses));
        console.WriteLine(catalog.NoticesFor(assessment.Id).Disclaimer);
        if (kept.Problems > MaxReportedRows)
        {
            error.WriteLine(text.Format(text.MoreProblemRows, input.Name, kept.Problems - MaxReportedRows));
        }

        return kept.Rejected == 0 && kept.Ignored == 0 ? ExitCodes.Success : ExitCodes.Invalid;
    }

    /// <summary>Reads a norms file given with --norms: every problem on one line each, by JSON path.</summary>
    public static NormsPatch ReadNorms(FileInfo file, ConsoleText text) => InputFile.Read(file, "--norms", text, path =>
    {
        try
        {
            return NormsPatch.Read(File.ReadAllText(path), file.Name);
        }
        catch (ContentValidationException exception)
        {
            // One line per problem, each an error line of its own (the first gets its prefix where every error does).
            var lines = exception.Problems.Select((p, i) => i == 0 ? text.Format(text.NormsUnreadable, p) : text.Format(text.ErrorLine, text.Format(text.NormsUnreadable, p)));
            throw new UserException(string.Join("\n", lines), ExitCodes.Invalid);
        }
    });
}
