using System.CommandLine;
namespace IntimacyKit.Samples.Console.Commands;

/// <summary>analyze: item analysis of a file of responses.</summary>
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
        var minAlpha = new Option<double>("--min-alpha") { Description = text.HelpMinAlpha, DefaultValueFactory = _ => 0.7 };
        var relationship = CommonOptions.RowRelationship(text);
        var command = new Command("analyze", text.HelpAnalyze)
        {
            pack, assessment, input, json, listwise, minAlpha, relationship,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(minAlpha) is var threshold && !(double.IsFinite(threshold) && threshold <= 1))
            {
                // The value is quoted as it is typed on the command line (0.7 in every language).
                throw new UserException(
                    text.Format(text.MinAlphaAboveOne, threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ExitCodes.Usage);
            }

            // Item analysis scores nothing: the catalog is all it needs.
            var catalog = host.CatalogFor(parse.GetValue(pack));
            return host.Interruptible(() => new BatchCommands(catalog, pipeline: null, host.Console, host.Error, text).Analyze(
                parse.GetValue(assessment)!,
                parse.GetValue(input)!,
                parse.GetValue(json),
                parse.GetValue(listwise),
                parse.GetValue(minAlpha),
                parse.GetValue(relationship),
                host.CancellationToken));
        });
        return command;
    }
}
