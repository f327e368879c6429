using System.CommandLine;
using IntimacyKit.Scoring;

namespace IntimacyKit.Samples.Console.Commands;

/// <summary>score: many responses from a file, scores to a file.</summary>
internal static class ScoreCommandLine
{
    public static Command Create(CommandHost host)
    {
        var pack = CommonOptions.Pack();
        var assessment = CommonOptions.RequiredAssessment();
        var input = CommonOptions.Input();
        var output = new Option<FileInfo>("--output") { Description = "Scores: .csv or .jsonl, one column per scale and composite; written whole or not at "
            + "all.", Required = true };
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop at the first malformed or unscorable row (no output is written)." };
        var bands = new Option<bool>("--bands") { Description = "Also write each score's band." };
        var flags = new Option<bool>("--flags") { Description = "Also write safety and response-quality flags." };
        var relationship = CommonOptions.RowRelationship();
        var command = new Command("score", "Score many responses from a file; rejected rows are listed on standard error with their line, then a summary.")
        {
            pack, assessment, input, output, failFast, bands, flags, relationship,
        };
        command.SetAction(parse =>
        {
            PhaseTimes.Mark("command line parsed");
            var catalog = host.CatalogFor(parse.GetValue(pack));
            PhaseTimes.Mark("content pack read and validated");

            // Batch output has no recommendations, so the pipeline has no recommender: each row costs less.
            var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
            PhaseTimes.Mark("pipeline built");
            return host.Interruptible(() => new BatchCommands(catalog, pipeline, host.Console, host.Error).Score(
                parse.GetValue(assessment)!,
                parse.GetValue(input)!,
                parse.GetValue(output)!,
                parse.GetValue(failFast),
                parse.GetValue(bands),
                parse.GetValue(flags),
                parse.GetValue(relationship),
                host.CancellationToken));
        });
        return command;
    }
}
