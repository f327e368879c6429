using System.CommandLine;
using IntimacyKit.Scoring;

namespace IntimacyKit.Samples.Console.Commands;

/// <summary>score: many responses from a file, scores to a file.</summary>
internal static class ScoreCommandLine
{
    public static Command Create(CommandHost host)
    {
        var text = host.Text;
        var pack = CommonOptions.Pack(text);
        var assessment = CommonOptions.RequiredAssessment(text);
        var input = CommonOptions.Input(text);
        var output = new Option<FileInfo>("--output") { Description = text.HelpOutput, Required = true };
        var failFast = new Option<bool>("--fail-fast") { Description = text.HelpFailFast };
        var bands = new Option<bool>("--bands") { Description = text.HelpBands };
        var flags = new Option<bool>("--flags") { Description = text.HelpFlags };
        var relationship = CommonOptions.RowRelationship(text);
        var impute = new Option<string>("--impute") { Description = text.HelpImpute, DefaultValueFactory = _ => "none" };
        impute.Validators.Add(result =>
        {
            // One line that names the option, in the person's language (System.CommandLine's list spans four).
            if (result.GetValueOrDefault<string>() is var value && value is not ("none" or "median" or "mean"))
            {
                result.AddError(text.Format(text.ImputeUnknown, value));
            }
        });
        var command = new Command("score", text.HelpScore)
        {
            pack, assessment, input, output, failFast, bands, flags, relationship, impute,
        };
        command.SetAction(parse =>
        {
            PhaseTimes.Mark("command line parsed");
            var catalog = host.CatalogFor(parse.GetValue(pack));
            PhaseTimes.Mark("content pack read and validated");

            // Batch output has no recommendations, so the pipeline has no recommender: each row costs less.
            var pipeline = host.PlainPipelineFor(catalog);
            PhaseTimes.Mark("pipeline built");
            return host.Interruptible(() => new BatchCommands(catalog, pipeline, host.Console, host.Error, text).Score(
                parse.GetValue(assessment)!,
                parse.GetValue(input)!,
                parse.GetValue(output)!,
                parse.GetValue(failFast),
                parse.GetValue(bands),
                parse.GetValue(flags),
                parse.GetValue(relationship),
                parse.GetValue(impute) switch { "median" => ImputationMethod.Median, "mean" => ImputationMethod.Mean, _ => ImputationMethod.None },
                host.CancellationToken));
        });
        return command;
    }
}
