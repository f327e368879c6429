using System.CommandLine;
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
        // Each command builds its own options and action (Commands/); the host gives them the terminal, Ctrl+C and
        // the one way to get the catalog, the pipeline and the support contacts.
        string? culture;
        try
        {
            culture = CultureChoice.From(args, Environment);
        }
        catch (UserException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return exception.ExitCode;
        }

        var root = CreateRoot(CreateHost(args, culture, input, inputRedirected, error, cancellationToken));

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
            error.WriteLine($"error: {exception.Message}");
            return exception.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("interrupted: nothing was written.");
            return ExitCodes.Interrupted;
        }
    }

    /// <summary>What every command needs, with the catalog, pipeline and words in the culture chosen (English when none).</summary>
    private CommandHost CreateHost(
        string[] args, string? culture, TextReader input, bool inputRedirected, TextWriter error, CancellationToken cancellationToken)
    {
        // English is the default content's own language: asking for it (LANG=en_US.UTF-8) never pays for the translations.
        var localized = culture is not null && Localized is not null && IntimacyKit.Content.CultureName.Language(culture) != "en"
            ? new Lazy<LocalizedContent>(Localized)
            : null;
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
        };
    }

    /// <summary>The root command: every command, with take's options and action at the root as well.</summary>
    private static Command CreateRoot(CommandHost host)
    {
        var take = new TakeCommandLine(host);

        // A plain command named as the tool (a RootCommand takes the assembly's name), with help and version added
        // as RootCommand would add them.
        var root = new Command(
            "intimacykit",
            "IntimacyKit: reflect on what holds you back from closeness, and practise. A reflection and growth tool, not a clinical instrument.\n" +
            "Exit codes: 0 done, 1 invalid input (pack problems, unscorable answers or rows, nothing answered or scored), 2 usage error or a file that " +
            "cannot be read or written, 69 a command this build cannot run here (fhir without a .NET runtime), 70 a bug (see the log named on standard " +
            "error), 130 interrupted (Ctrl+C).")
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
        foreach (var option in take.Options.Append(new System.CommandLine.Help.HelpOption()).Append(new VersionOption()))
        {
            root.Options.Add(option);
        }

        root.Options.Add(CultureChoice.Option());
        root.SetAction(take.Run);
        return root;
    }

    /// <summary>Whether a command that stops cleanly on Ctrl+C is running (the host then cancels instead of exiting).</summary>
    public bool HandlesInterrupt { get; private set; }

    /// <summary>A command-line parser message in words a person knows: no .NET type names.</summary>
    private static string Plain(string message)
        => System.Text.RegularExpressions.Regex.Replace(message, @"as expected type '([\w.]+)'\.?", match => match.Groups[1].Value switch
        {
            "System.Int32" => "as a whole number.",
            "System.Double" => "as a number, such as 0.7.",
            "IntimacyKit.Content.ExerciseMode" => "as a kind of exercise; use solo, together, journal or conversation.",
            var other => $"as {other[(other.LastIndexOf('.') + 1)..].ToLowerInvariant()}.",
        });

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
