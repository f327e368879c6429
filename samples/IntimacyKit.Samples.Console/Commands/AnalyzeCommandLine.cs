using System.CommandLine;
using System.Globalization;
using IntimacyKit.Psychometrics;

namespace IntimacyKit.Samples.Console.Commands;

/// <summary>analyze: item analysis of a file of responses, its response frequencies, or norms built from it.</summary>
internal static class AnalyzeCommandLine
{
    public static Command Create(CommandHost host)
    {
        var text = host.Text;
        var pack = CommonOptions.Pack(text);
        var assessment = CommonOptions.RequiredAssessment(text);
        var input = CommonOptions.Input(text);
        var json = new Option<bool>("--json") { Description = text.HelpAnalysisJson };
        var listwise = new Option<bool>("--listwise") { Description = text.HelpListwise };
        // Read as typed, so that "0,7" (a German decimal comma) is named as it was written instead of being taken for 7.
        var minAlpha = new Option<string>("--min-alpha") { Description = text.HelpMinAlpha, DefaultValueFactory = _ => "0.7" };
        var freq = new Option<bool>("--freq") { Description = text.HelpFreq };
        var norms = new Option<FileInfo?>("--norms") { Description = text.HelpNormsOut };
        var sample = new Option<string?>("--sample") { Description = text.HelpSample };
        var date = new Option<string?>("--date") { Description = text.HelpDate };
        var relationship = CommonOptions.RowRelationship(text);
        var command = new Command("analyze", text.HelpAnalyze)
        {
            pack, assessment, input, json, listwise, minAlpha, freq, norms, sample, date, relationship,
        };
        command.SetAction(parse =>
        {
            var threshold = MinAlphaOf(parse.GetValue(minAlpha)!, text);

            // Item analysis and norms score nothing: the catalog is all they need.
            var normsOptions = NormsOptionsOf(parse.GetValue(norms), parse.GetValue(sample), parse.GetValue(date), text);
            if (normsOptions is not null && (parse.GetValue(json) || parse.GetValue(listwise) || parse.GetValue(freq)))
            {
                // Norms are built from complete responses and written to their file; the analysis options would be ignored.
                throw new UserException(text.NormsWithAnalysisOptions, ExitCodes.Usage);
            }

            var catalog = host.CatalogFor(parse.GetValue(pack));
            var commands = new BatchCommands(catalog, pipeline: null, host.Console, host.Error, text);
            return host.Interruptible(() => normsOptions is not null
                ? commands.BuildNorms(
                    parse.GetValue(assessment)!,
                    parse.GetValue(input)!,
                    parse.GetValue(norms)!,
                    normsOptions,
                    parse.GetValue(relationship),
                    host.CancellationToken)
                : commands.Analyze(
                    parse.GetValue(assessment)!,
                    parse.GetValue(input)!,
                    parse.GetValue(json),
                    parse.GetValue(listwise),
                    threshold,
                    parse.GetValue(relationship),
                    parse.GetValue(freq),
                    host.CancellationToken));
        });
        return command;
    }

    /// <summary>--min-alpha as typed on the command line: a number with a decimal point, no greater than 1.</summary>
    private static double MinAlphaOf(string typed, ConsoleText text)
    {
        if (!double.TryParse(typed, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold))
        {
            throw new UserException(text.Format(text.MinAlphaNotNumber, typed), ExitCodes.Usage);
        }

        if (!(double.IsFinite(threshold) && threshold <= 1))
        {
            // The value is quoted as it is typed on the command line (0.7 in every language).
            throw new UserException(text.Format(text.MinAlphaAboveOne, threshold.ToString(CultureInfo.InvariantCulture)), ExitCodes.Usage);
        }

        return threshold;
    }

    /// <summary>The sample and date --norms needs, checked before any data is read; null without --norms.</summary>
    private static NormsOptions? NormsOptionsOf(FileInfo? norms, string? sample, string? date, ConsoleText text)
    {
        if (norms is null)
        {
            return sample is null && date is null ? null : throw new UserException(text.NormsOptionsAlone, ExitCodes.Usage);
        }

        if (string.IsNullOrWhiteSpace(sample))
        {
            throw new UserException(text.SampleRequired, ExitCodes.Usage);
        }

        // The date the sample was collected, never the day the norms happen to be built: it is part of their source.
        if (date is null)
        {
            throw new UserException(text.DateRequired, ExitCodes.Usage);
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new UserException(text.Format(text.DateInvalid, date), ExitCodes.Usage);
        }

        if (day > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
        {
            throw new UserException(text.Format(text.DateInFuture, date), ExitCodes.Usage);
        }

        return new NormsOptions { Sample = sample, Date = day };
    }
}
