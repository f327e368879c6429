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

        var kind = new Argument<string>("kind") { Description = "obstacles, exercises or assessments." };
        var id = new Argument<string?>("id") { Description = "Show one in full.", Arity = ArgumentArity.ZeroOrOne };
        var content = new Command("content", "Browse the catalog (the embedded default pack unless --pack).") { kind, id, pack };
        content.SetAction(parse => new ReportCommands(ContentFor(parse.GetValue(pack)).Catalog, console).Content(parse.GetValue(kind)!, parse.GetValue(id)));

        var result = new Option<FileInfo>("--result") { Description = "A result saved with take --json.", Required = true };
        var weeks = new Option<int>("--weeks") { Description = "Weeks (1-52).", DefaultValueFactory = _ => 4 };
        var days = new Option<int>("--days-per-week") { Description = "Practice days per week (1-7).", DefaultValueFactory = _ => 3 };
        var minutes = new Option<int>("--minutes") { Description = "Minutes per practice day (5-240).", DefaultValueFactory = _ => 20 };
        var ics = new Option<FileInfo?>("--ics") { Description = "Save the plan as an iCalendar file." };
        var plan = new Command("plan", "A practice plan from a saved result.") { result, weeks, days, minutes, ics, pack };
        plan.SetAction(parse => new ReportCommands(ContentFor(parse.GetValue(pack)).Catalog, console)
            .Plan(parse.GetValue(result)!, parse.GetValue(weeks), parse.GetValue(days), parse.GetValue(minutes), parse.GetValue(ics), TimeProvider.System));

        var resultA = new Argument<FileInfo>("result-a") { Description = "The first person's saved result." };
        var resultB = new Argument<FileInfo>("result-b") { Description = "The second person's saved result." };
        var compare = new Command("compare", "Two people's results of the same assessment side by side.") { resultA, resultB };
        compare.SetAction(parse => new ReportCommands(catalog, console).Compare(parse.GetValue(resultA)!, parse.GetValue(resultB)!));

        var results = new Argument<FileInfo[]>("results") { Description = "Two or more saved results of one assessment.", Arity = ArgumentArity.OneOrMore };
        var progress = new Command("progress", "Change over time, with the Reliable Change Index where norms allow.") { results };
        progress.SetAction(parse => new ReportCommands(catalog, console).Progress(parse.GetValue(results)!));

        var root = new RootCommand(
            "IntimacyKit: reflect on what holds you back from closeness, and practise. A reflection and growth tool, not a clinical instrument.\n" +
            "Exit codes: 0 done, 1 invalid input (pack problems, unscorable answers), 2 usage error or unreadable file.")
        {
            take, validate, content, plan, compare, progress,
        };
        foreach (var option in new Option[] { assessment, relationship, pack, answers, json })
        {
            root.Options.Add(option);
        }

        root.SetAction(Take);

        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    console.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
                }

                return ExitCodes.Usage;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = new AnsiWriter(console), Error = new AnsiWriter(console), EnableDefaultExceptionHandler = false });
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
