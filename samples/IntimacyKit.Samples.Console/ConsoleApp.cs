using System.CommandLine;
using IntimacyKit.Content;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;
using IntimacyKit.Serialization;
using IntimacyKit.Support;
using Spectre.Console;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// The intimacykit command line. Everything it needs comes from dependency injection (the catalog, the pipeline,
/// the terminal as <see cref="IAnsiConsole"/>), so tests run it in-process against a test console.
/// </summary>
public sealed class ConsoleApp(Func<ContentCatalog> defaultCatalog, Func<ScoringPipeline> defaultPipeline, IAnsiConsole console)
{
    /// <summary>Creates the app over a catalog and pipeline at hand (tests, or hosts that built them already).</summary>
    /// <param name="catalog">The default catalog.</param>
    /// <param name="pipeline">The default pipeline.</param>
    /// <param name="console">The terminal.</param>
    public ConsoleApp(ContentCatalog catalog, ScoringPipeline pipeline, IAnsiConsole console)
        : this(() => catalog, () => pipeline, console)
    {
    }

    /// <summary>The host's support contacts for its region; <see cref="SupportDirectory.Empty"/> (kinds of help only) unless set or given with --support.</summary>
    public SupportDirectory Support { get; init; } = SupportDirectory.Empty;

    /// <summary>Runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="input">Where non-interactive answers come from when no --answers file is given.</param>
    /// <param name="inputRedirected">Whether input is not a terminal; prompts are never attempted then.</param>
    /// <param name="error">Where errors go, one line each (standard error).</param>
    /// <param name="cancellationToken">Ctrl+C: stops score and analyze, which then leave no output file behind.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public int Run(string[] args, TextReader input, bool inputRedirected, TextWriter error, CancellationToken cancellationToken = default)
    {
        var assessment = new Option<string>("--assessment") { Description = "The assessment to take: intimacy-profile, intimacy-quick-check or listening-check.", DefaultValueFactory = _ => DefaultContent.QuickCheckAssessmentId };
        var relationship = new Option<string>("--relationship") { Description = "The relationship the answers are about: romantic, sibling, parent-child, child-parent or friendship.", DefaultValueFactory = _ => "romantic" };
        var pack = new Option<FileInfo?>("--pack") { Description = "A content pack to use instead of the embedded default." };
        var answers = new Option<FileInfo?>("--answers") { Description = "Answers as JSON ({\"item-id\": value, null to skip, or \"n/a\" for does not apply}) or CSV (item,value lines); no prompts." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var support = new Option<FileInfo?>("--support") { Description = "Real support contacts for your region, as JSON ({\"region\": ..., \"contacts\": [{\"kind\", \"name\", \"phone\"|\"text\"|\"url\"}]}), shown under each kind of help." };
        var explain = new Option<bool>("--explain") { Description = "Also show how each score was worked out (items, reverse keying, band cut-offs)." };
        var resume = new Option<FileInfo?>("--resume") { Description = "Carry on with answers saved half-way through (choose '(save and finish later)' at any statement)." };
        var take = new Command("take", "Take an assessment: one statement at a time in a terminal, or answers from --answers or standard input.") { assessment, relationship, pack, answers, json, support, explain, resume };
        int Take(ParseResult parse)
        {
            var (packCatalog, packPipeline) = ContentFor(parse.GetValue(pack));
            return new TakeCommand(packCatalog, packPipeline, console, error, SupportFor(parse.GetValue(support)), parse.GetValue(explain))
                .Run(parse.GetValue(assessment)!, parse.GetValue(relationship)!, parse.GetValue(answers), parse.GetValue(json), input, inputRedirected, parse.GetResult(relationship) is { Implicit: false }, parse.GetValue(resume));
        }

        take.SetAction(Take);

        var packs = new Argument<FileInfo[]>("packs") { Description = "Content pack files to check.", Arity = ArgumentArity.OneOrMore };
        var validate = new Command("validate", "Check content packs; every problem as file:line:column: path: message.") { packs };
        validate.SetAction(parse => ValidateCommand.Run(parse.GetValue(packs)!, console, error));

        var kind = new Argument<string>("kind") { Description = "obstacles, exercises or assessments." };
        var id = new Argument<string?>("id") { Description = "Show one in full.", Arity = ArgumentArity.ZeroOrOne };
        var content = new Command("content", "Browse the catalog (the embedded default pack unless --pack); an assessment's statements are shown as the chosen relationship reads them.") { kind, id, pack, relationship };
        content.SetAction(parse => new ReportCommands(CatalogFor(parse.GetValue(pack)), console, Support).Content(parse.GetValue(kind)!, parse.GetValue(id), parse.GetValue(relationship)!));

        var result = new Option<FileInfo>("--result") { Description = "A result saved with take --json.", Required = true };
        var weeks = new Option<int>("--weeks") { Description = "Weeks (1-52).", DefaultValueFactory = _ => 4 };
        var days = new Option<int>("--days-per-week") { Description = "Practice days per week (1-7).", DefaultValueFactory = _ => 3 };
        var minutes = new Option<int>("--minutes") { Description = "Minutes per practice day (5-240).", DefaultValueFactory = _ => 20 };
        var ics = new Option<FileInfo?>("--ics") { Description = "Save the plan as an iCalendar file." };
        var modes = new Option<ExerciseMode[]>("--modes") { Description = "Only these kinds of exercise: solo, together, journal, conversation (default: any).", AllowMultipleArgumentsPerToken = true };
        var plan = new Command("plan", "A practice plan from a saved result.") { result, weeks, days, minutes, modes, ics, pack, support };
        plan.SetAction(parse => new ReportCommands(CatalogFor(parse.GetValue(pack)), console, SupportFor(parse.GetValue(support)))
            .Plan(parse.GetValue(result)!, parse.GetValue(weeks), parse.GetValue(days), parse.GetValue(minutes), parse.GetValue(modes) ?? [], parse.GetValue(ics), TimeProvider.System));

        var resultA = new Argument<FileInfo>("result-a") { Description = "The first person's saved result." };
        var resultB = new Argument<FileInfo>("result-b") { Description = "The second person's saved result." };
        var names = new Option<string?>("--names") { Description = "What to call the two people, comma-separated, such as \"Sam,Alex\" (default: the file names)." };
        var compare = new Command("compare", "Two people's results of the same assessment side by side.") { resultA, resultB, support, names };
        compare.SetAction(parse => new ReportCommands(defaultCatalog(), console, SupportFor(parse.GetValue(support))).Compare(parse.GetValue(resultA)!, parse.GetValue(resultB)!, parse.GetValue(names)));

        var results = new Argument<FileInfo[]>("results") { Description = "Two or more saved results of one assessment.", Arity = ArgumentArity.OneOrMore };
        var progress = new Command("progress", "Change over time, with the Reliable Change Index where norms allow.") { results, support };
        progress.SetAction(parse => new ReportCommands(defaultCatalog(), console, SupportFor(parse.GetValue(support))).Progress(parse.GetValue(results)!));

        var required = new Option<string>("--assessment") { Description = "The assessment the responses answer.", Required = true };
        var inputFile = new Option<FileInfo>("--input") { Description = "Responses: .csv (header of item ids, optional id and relationship columns; an empty cell is a skip) or .jsonl.", Required = true };
        var outputFile = new Option<FileInfo>("--output") { Description = "Scores: .csv or .jsonl, one column per scale and composite; written whole or not at all.", Required = true };
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop at the first malformed or unscorable row (no output is written)." };
        var bands = new Option<bool>("--bands") { Description = "Also write each score's band." };
        var flags = new Option<bool>("--flags") { Description = "Also write safety and response-quality flags." };
        var batchRelationship = new Option<string?>("--relationship") { Description = "The relationship kind of rows without a relationship column (default: the pack's first)." };
        var score = new Command("score", "Score many responses from a file; rejected rows are listed on standard error with their line, then a summary.") { pack, required, inputFile, outputFile, failFast, bands, flags, batchRelationship };
        score.SetAction(parse =>
        {
            // Batch output has no recommendations, so the pipeline has no recommender: each row costs less.
            PhaseTimes.Mark("command line parsed");
            var packCatalog = CatalogFor(parse.GetValue(pack));
            PhaseTimes.Mark("content pack read and validated");
            var packPipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(packCatalog);
            PhaseTimes.Mark("pipeline built");
            HandlesInterrupt = true;
            try
            {
                return new BatchCommands(packCatalog, packPipeline, console, error).Score(
                    parse.GetValue(required)!, parse.GetValue(inputFile)!, parse.GetValue(outputFile)!, parse.GetValue(failFast), parse.GetValue(bands), parse.GetValue(flags), parse.GetValue(batchRelationship), cancellationToken);
            }
            finally
            {
                HandlesInterrupt = false;
            }
        });

        var analyzeJson = new Option<bool>("--json") { Description = "Print the analysis as JSON." };
        var listwise = new Option<bool>("--listwise") { Description = "Only respondents who answered every item of a scale (default: pairwise, as psych::alpha)." };
        var minAlpha = new Option<double>("--min-alpha") { Description = "Warn when a scale's alpha is below this.", DefaultValueFactory = _ => 0.7 };
        var analyze = new Command("analyze", "Item analysis: Cronbach's alpha per scale, and per item r.drop and alpha if dropped, as R psych::alpha computes them.") { pack, required, inputFile, analyzeJson, listwise, minAlpha, batchRelationship };
        analyze.SetAction(parse =>
        {
            // Item analysis scores nothing: the catalog is all it needs.
            var packCatalog = CatalogFor(parse.GetValue(pack));
            HandlesInterrupt = true;
            try
            {
                return new BatchCommands(packCatalog, pipeline: null, console, error).Analyze(
                    parse.GetValue(required)!, parse.GetValue(inputFile)!, parse.GetValue(analyzeJson), parse.GetValue(listwise), parse.GetValue(minAlpha), parse.GetValue(batchRelationship), cancellationToken);
            }
            finally
            {
                HandlesInterrupt = false;
            }
        });

        // A plain command named as the tool (a RootCommand takes the assembly's name), with help and version added
        // as RootCommand would add them.
        var root = new Command(
            "intimacykit",
            "IntimacyKit: reflect on what holds you back from closeness, and practise. A reflection and growth tool, not a clinical instrument.\n" +
            "Exit codes: 0 done, 1 invalid input (pack problems, unscorable answers or rows, nothing answered or scored), 2 usage error or a file that cannot be read or written, 70 a bug (see the log named on standard error), 130 interrupted (Ctrl+C).")
        {
            take, score, validate, analyze, content, plan, compare, progress,
        };
        foreach (var option in new Option[] { assessment, relationship, pack, answers, json, support, explain, resume, new System.CommandLine.Help.HelpOption(), new VersionOption() })
        {
            root.Options.Add(option);
        }

        root.SetAction(Take);

        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var problem in parsed.Errors)
                {
                    error.WriteLine($"error: {Plain(problem.Message)}");
                }

                return ExitCodes.Usage;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = new AnsiWriter(console), Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (UserException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return exception.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("interrupted: nothing was written.");
            return ExitCodes.Interrupted;
        }
    }

    /// <summary>Whether a command that stops cleanly on Ctrl+C is running (the host then cancels instead of exiting).</summary>
    public bool HandlesInterrupt { get; private set; }

    /// <summary>The injected catalog and pipeline, or ones built for a pack given with --pack.</summary>
    private (ContentCatalog Catalog, ScoringPipeline Pipeline) ContentFor(FileInfo? pack)
    {
        if (pack is null)
        {
            return (defaultCatalog(), defaultPipeline());
        }

        var packCatalog = CatalogFor(pack);
        var options = new ScoringOptions { Recommendations = new RecommendStageOptions { Recommender = new DefaultRecommender() } };
        return (packCatalog, new ScoringPipelineBuilder().AddDefaultStages(options).Build(packCatalog));
    }

    /// <summary>The catalog alone, for commands that score nothing or build their own pipeline.</summary>
    private ContentCatalog CatalogFor(FileInfo? pack) => pack is null ? defaultCatalog() : new ContentCatalog(LoadPack(pack));

    /// <summary>A command-line parser message in words a person knows: no .NET type names.</summary>
    private static string Plain(string message)
        => System.Text.RegularExpressions.Regex.Replace(message, @"as expected type '([\w.]+)'\.?", match => match.Groups[1].Value switch
        {
            "System.Int32" => "as a whole number.",
            "System.Double" => "as a number, such as 0.7.",
            "IntimacyKit.Content.ExerciseMode" => "as a kind of exercise; use solo, together, journal or conversation.",
            var other => $"as {other[(other.LastIndexOf('.') + 1)..].ToLowerInvariant()}.",
        });

    /// <summary>The contacts given with --support, or the host's.</summary>
    private SupportDirectory SupportFor(FileInfo? file)
    {
        if (file is null)
        {
            return Support;
        }

        InputFile.Check(file, "--support");

        var read = SupportDirectoryReader.ReadFile(file.FullName);
        return read.Directory ?? throw new UserException($"--support: {read.Problems[0]}", ExitCodes.Invalid);
    }

    private static ContentPack LoadPack(FileInfo file)
    {
        InputFile.Check(file, "--pack");

        var result = InputFile.Read(file, "--pack", ContentPackReader.Default.ReadFile);
        return result.Succeeded ? result.Pack : throw new UserException($"{file.Name}: invalid content pack: {result.Problems[0]}", ExitCodes.Invalid);
    }

    /// <summary>
    /// Writes System.CommandLine's help and messages to the injected console's own writer, as they are: the help is
    /// already laid out in columns, and Spectre's text wrapping would break it a second time.
    /// </summary>
    private sealed class AnsiWriter(IAnsiConsole console) : TextWriter(System.Globalization.CultureInfo.InvariantCulture)
    {
        public override System.Text.Encoding Encoding => console.Profile.Encoding;

        public override void Write(char value) => console.Profile.Out.Writer.Write(value);

        public override void Write(string? value) => console.Profile.Out.Writer.Write(value);

        public override void Write(char[] buffer, int index, int count) => console.Profile.Out.Writer.Write(buffer, index, count);

        public override void Flush() => console.Profile.Out.Writer.Flush();
    }
}
