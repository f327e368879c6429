using System.CommandLine;
using IntimacyKit.Content;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;
using IntimacyKit.Serialization;
using Spectre.Console;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// The intimacykit command line. Everything it needs comes from dependency injection (the catalog, the pipeline,
/// the terminal as <see cref="IAnsiConsole"/>), so tests run it in-process against a test console.
/// </summary>
public sealed class ConsoleApp(ContentCatalog catalog, ScoringPipeline pipeline, IAnsiConsole console)
{
    /// <summary>Runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="input">Where non-interactive answers come from when no --answers file is given.</param>
    /// <param name="inputRedirected">Whether input is not a terminal; prompts are never attempted then.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public int Run(string[] args, TextReader input, bool inputRedirected)
    {
        var assessment = new Option<string>("--assessment") { Description = "The assessment to take: intimacy-profile, intimacy-quick-check or listening-check.", DefaultValueFactory = _ => DefaultContent.QuickCheckAssessmentId };
        var relationship = new Option<string>("--relationship") { Description = "The relationship the answers are about: romantic, sibling, parent-child, child-parent or friendship.", DefaultValueFactory = _ => "romantic" };
        var pack = new Option<FileInfo?>("--pack") { Description = "A content pack to use instead of the embedded default." };
        var answers = new Option<FileInfo?>("--answers") { Description = "Answers as JSON ({\"item-id\": value}) or CSV (item,value lines); no prompts." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var take = new Command("take", "Take an assessment: one statement at a time in a terminal, or answers from --answers or standard input.") { assessment, relationship, pack, answers, json };
        int Take(ParseResult parse)
        {
            var (packCatalog, packPipeline) = ContentFor(parse.GetValue(pack));
            return new TakeCommand(packCatalog, packPipeline, console)
                .Run(parse.GetValue(assessment)!, parse.GetValue(relationship)!, parse.GetValue(answers), parse.GetValue(json), input, inputRedirected);
        }

        take.SetAction(Take);

        var packs = new Argument<FileInfo[]>("packs") { Description = "Content pack files to check.", Arity = ArgumentArity.OneOrMore };
        var validate = new Command("validate", "Check content packs; every problem as file:line:column: path: message.") { packs };
        validate.SetAction(parse => ValidateCommand.Run(parse.GetValue(packs)!, console));

        var root = new RootCommand(
            "IntimacyKit: reflect on what holds you back from closeness, and practise. A reflection and growth tool, not a clinical instrument.\n" +
            "Exit codes: 0 done, 1 invalid input (pack problems, unscorable answers), 2 usage error or unreadable file.")
        {
            take, validate,
        };
        foreach (var option in new Option[] { assessment, relationship, pack, answers, json })
        {
            root.Options.Add(option);
        }

        root.SetAction(Take);

        try
        {
            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (var error in result.Errors)
                {
                    console.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
                }

                return ExitCodes.Usage;
            }

            return result.Invoke(new InvocationConfiguration { Output = new AnsiWriter(console), Error = new AnsiWriter(console), EnableDefaultExceptionHandler = false });
        }
        catch (UserException exception)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {exception.Message}");
            return exception.ExitCode;
        }
    }

    /// <summary>The injected catalog and pipeline, or ones built for a pack given with --pack.</summary>
    private (ContentCatalog Catalog, ScoringPipeline Pipeline) ContentFor(FileInfo? pack)
    {
        if (pack is null)
        {
            return (catalog, pipeline);
        }

        var packCatalog = new ContentCatalog(LoadPack(pack));
        var options = new ScoringOptions { Recommendations = new RecommendationOptions { Recommender = new DefaultRecommender() } };
        return (packCatalog, new ScoringPipelineBuilder().AddDefaultStages(options).Build(packCatalog));
    }

    private static ContentPack LoadPack(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new UserException($"{file.FullName}: no such file.", ExitCodes.Usage);
        }

        var result = ContentPackReader.Default.ReadFile(file.FullName);
        return result.Succeeded ? result.Pack : throw new UserException($"{file.Name}: invalid content pack: {result.Problems[0]}", ExitCodes.Invalid);
    }

    /// <summary>Writes System.CommandLine's help and messages through the injected console.</summary>
    private sealed class AnsiWriter(IAnsiConsole console) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
    {
        public override void Write(char value) => console.Write(value.ToString());

        public override void Write(string? value) => console.Write(value ?? string.Empty);

        public override void WriteLine(string? value) => console.WriteLine(value ?? string.Empty);
    }
}

/// <summary>A user mistake: one readable line, no stack trace.</summary>
internal sealed class UserException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
