using System.CommandLine;
using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Samples.Console.Commands;
using IntimacyKit.Scoring;
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

    /// <summary>The host's support contacts for its region; <see cref="SupportDirectory.Empty"/> (kinds of help only) unless set or given with
    /// --support.</summary>
    public SupportDirectory Support { get; init; } = SupportDirectory.Empty;

    /// <summary>
    /// The content in other languages, made on first use (so that English runs never pay for it): what <c>--culture</c>
    /// and <c>LANG</c> choose from. <see langword="null"/> for English only.
    /// </summary>
    public Func<LocalizedContent>? Localized { get; init; }

    /// <summary>The pack named by --pack, read ahead on another core while the host started (see <see cref="PackPrefetch"/>); none by default.</summary>
    internal PackPrefetch? Prefetch { get; init; }

    /// <summary>Reads an environment variable (LC_ALL, LC_MESSAGES, LANG); none by default, the process's in the program.</summary>
    public Func<string, string?> Environment { get; init; } = static _ => null;

    /// <summary>Runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="input">Where non-interactive answers come from when no --answers file is given.</param>
    /// <param name="inputRedirected">Whether input is not a terminal; prompts are never attempted then.</param>
    /// <param name="error">Where errors go, one line each (standard error).</param>
    /// <param name="cancellationToken">Ctrl+C: stops score and analyze, which then leave no output file behind.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public int Run(string[] args, TextReader input, bool inputRedirected, TextWriter error, CancellationToken cancellationToken = default)
    {
        // The culture comes first: every word of the run, --help and errors included, is in it.
        var fromEnvironment = CultureChoice.FromEnvironment(Environment);
        var given = CultureChoice.Given(args);
        if (given is not null && !CultureName.IsValid(given))
        {
            // A malformed --culture is said in the environment's language, the one the person reads.
            Text = TextFor(fromEnvironment);
            error.WriteLine(Text.Format(Text.ErrorLine, Text.Format(Text.NotALanguageTag, CultureChoice.Name, given)));
            return ExitCodes.Usage;
        }

        var host = CreateHost(args, given ?? fromEnvironment, input, inputRedirected, error, cancellationToken);
        Text = host.Text;

        // System.CommandLine's own words (its German help headings and messages) follow the person's choice, not the
        // machine's; values on the command line are data, read the same whatever the locale (--min-alpha 0.7).
        var (uiCulture, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = Text.Culture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return Invoke(CreateRoot(host), args, error, cancellationToken);
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (uiCulture, culture);
        }
    }

    /// <summary>The console's words in the person's culture, for what is said before or outside a run: Ctrl+C, a bug.</summary>
    internal ConsoleText Text { get; private set; } = ConsoleText.English;

    /// <summary>Parses the command line and runs the command it names; every mistake is one line on standard error.</summary>
    private int Invoke(Command root, string[] args, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var problem in parsed.Errors)
                {
                    error.WriteLine(Text.Format(Text.ErrorLine, ParseErrors.InWords(problem.Message, Text)));
                }

                return ExitCodes.Usage;
            }

            return parsed.Invoke(new InvocationConfiguration
            {
                Output = new AnsiWriter(console),
                Error = error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (UserException exception)
        {
            error.WriteLine(Text.Format(Text.ErrorLine, exception.Message));
            return exception.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine(Text.Interrupted);
            return ExitCodes.Interrupted;
        }
    }

    /// <summary>The console's words for a culture: those of the content chosen for it (English when none is translated).</summary>
    private ConsoleText TextFor(string? culture)
        => culture is not null && Localized is not null && CultureName.Language(culture) != "en"
            ? new ConsoleText(CultureChoice.TextCulture(Localized().Catalog(culture)))
            : ConsoleText.English;

    /// <summary>What every command needs, with the catalog, pipeline and words in the culture chosen (English when none).</summary>
    private CommandHost CreateHost(
        string[] args, string? culture, TextReader input, bool inputRedirected, TextWriter error, CancellationToken cancellationToken)
    {
        // English is the default content's own language: asking for it (LANG=en_US.UTF-8) never pays for the translations.
        var translations = Localized is null ? null : new Lazy<LocalizedContent>(Localized);
        var localized = culture is not null && CultureName.Language(culture) != "en" ? translations : null;
        return new CommandHost(
            args,
            localized is null ? defaultCatalog : () => localized.Value.Catalog(culture!),
            localized is null ? defaultPipeline : () => localized.Value.Pipeline(culture!),
            console,
            error,
            input,
            inputRedirected,
            Support,
            handles => HandlesInterrupt = handles,
            cancellationToken)
        {
            Text = localized is null ? ConsoleText.English : new ConsoleText(CultureChoice.TextCulture(localized.Value.Catalog(culture!))),
            Prefetch = Prefetch,
            CatalogIn = language
                => translations is not null && CultureName.Language(language) != "en" ? translations.Value.Catalog(language) : defaultCatalog(),
        };
    }

    /// <summary>The root command: every command, with take's options and action at the root as well.</summary>
    private static Command CreateRoot(CommandHost host)
    {
        var take = new TakeCommandLine(host);

        // A plain command named as the tool (a RootCommand takes the assembly's name), with help and version added
        // as RootCommand would add them.
        var root = new Command("intimacykit", host.Text.HelpRoot)
        {
            take.Command,
            ScoreCommandLine.Create(host),
            ValidateCommandLine.Create(host),
            AnalyzeCommandLine.Create(host),
            ContentCommandLine.Create(host),
            PlanCommandLine.Create(host),
            CompareCommandLine.Create(host),
            ProgressCommandLine.Create(host),
            FhirCommandLine.Create(host),
        };

        // `intimacykit` alone takes the quick check: the root takes take's options and action.
        // System.CommandLine words its own help headings through its satellite resources, which follow CurrentUICulture (Run
        // sets it): in German "Nutzung:", "Optionen:", "Befehle:", but "Description:" and "[default: ...]" stay English,
        // and 2.0 keeps its help layout internal, so there is no hook to word them; the descriptions are all the console's.
        var help = new System.CommandLine.Help.HelpOption { Description = host.Text.HelpHelpOption };
        foreach (var option in take.Options.Append(help).Append(new VersionOption { Description = host.Text.HelpVersionOption }))
        {
            root.Options.Add(option);
        }

        root.Options.Add(CultureChoice.Option(host.Text));
        root.SetAction(take.Run);
        return root;
    }

    /// <summary>Whether a command that stops cleanly on Ctrl+C is running (the host then cancels instead of exiting).</summary>
    public bool HandlesInterrupt { get; private set; }

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
