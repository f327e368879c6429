using System.CommandLine;
namespace IntimacyKit.Samples.Console.Commands;

/// <summary>analyze: item analysis of a file of responses.</summary>
internal static class AnalyzeCommandLine
{
    public static Command Create(CommandHost host)
    {
        var pack = CommonOptions.Pack();
        var assessment = CommonOptions.RequiredAssessment();
        var input = CommonOptions.Input();
        var json = new Option<bool>("--json") { Description = "Print the analysis as JSON." };
        var listwise = new Option<bool>("--listwise") { Description = "Only respondents who answered every item of a scale (default: pairwise, as "
            + "psych::alpha)." };
        var minAlpha = new Option<double>("--min-alpha") { Description = "Warn when a scale's alpha is below this.", DefaultValueFactory = _ => 0.7 };
        var relationship = CommonOptions.RowRelationship();
        var command = new Command(
            "analyze",
            "Item analysis: Cronbach's alpha per scale, and per item r.drop and alpha if dropped, as R psych::alpha computes them.")
        {
            pack, assessment, input, json, listwise, minAlpha, relationship,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(minAlpha) is var threshold && !(double.IsFinite(threshold) && threshold <= 1))
            {
                throw new UserException(
                    string.Create(
                        System.Globalization.CultureInfo.InvariantCulture,
                        $"--min-alpha: {threshold} is above any alpha; give a number no greater than 1, such as 0.7."),
                    ExitCodes.Usage);
            }

            // Item analysis scores nothing: the catalog is all it needs.
            var catalog = host.CatalogFor(parse.GetValue(pack));
            return host.Interruptible(() => new BatchCommands(catalog, pipeline: null, host.Console, host.Error).Analyze(
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
