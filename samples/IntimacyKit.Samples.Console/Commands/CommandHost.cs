using IntimacyKit.Content;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;
using IntimacyKit.Serialization;
using IntimacyKit.Support;
using Spectre.Console;

namespace IntimacyKit.Samples.Console.Commands;

/// <summary>
/// What every command needs from the host: the terminal, standard error and input, Ctrl+C, and the one way to get
/// the catalog, the pipeline and the support contacts for <c>--pack</c> and <c>--support</c>.
/// </summary>
internal sealed class CommandHost(
    IReadOnlyList<string> arguments,
    Func<ContentCatalog> defaultCatalog,
    Func<ScoringPipeline> defaultPipeline,
    IAnsiConsole console,
    TextWriter error,
    TextReader input,
    bool inputRedirected,
    SupportDirectory support,
    Action<bool> handlesInterrupt,
    CancellationToken cancellationToken)
{
    /// <summary>The command line as given (the native build hands the fhir commands on as they came).</summary>
    public IReadOnlyList<string> Arguments { get; } = arguments;

    public IAnsiConsole Console { get; } = console;

    /// <summary>The console's own words in the person's culture (English unless --culture or LANG chose another with content).</summary>
    public ConsoleText Text { get; init; } = ConsoleText.English;

    public TextWriter Error { get; } = error;

    public TextReader Input { get; } = input;

    public bool InputRedirected { get; } = inputRedirected;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>
    /// The content in the language results were answered in, for what a report names besides the results' own texts
    /// (the behaviours a dyadic report compares): the default catalog unless a translation fits.
    /// </summary>
    public Func<string, ContentCatalog> CatalogIn { get; init; } = _ => defaultCatalog();

    /// <summary>The embedded default catalog (or the host's), loaded on first use.</summary>
    public ContentCatalog DefaultCatalog => defaultCatalog();

    /// <summary>The pack named by --pack as read ahead while the host started, if it was (see <see cref="PackPrefetch"/>).</summary>
    public PackPrefetch? Prefetch { get; init; }

    /// <summary>The catalog alone, for commands that score nothing or build their own pipeline.</summary>
    public ContentCatalog CatalogFor(FileInfo? pack)
    {
        if (pack is null)
        {
            return defaultCatalog();
        }

        InputFile.Check(pack, "--pack", Text);
        return Prefetch is not null && Prefetch.TryTake(pack, out var read) ? read : new ContentCatalog(LoadPack(pack));
    }

    /// <summary>The default stages without a recommender, for <paramref name="catalog"/> (built ahead when the pack was read ahead).</summary>
    public ScoringPipeline PlainPipelineFor(ContentCatalog catalog)
        => Prefetch?.PipelineFor(catalog) ?? new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);

    /// <summary>The injected catalog and pipeline, or ones built for a pack given with --pack (with the default recommender).</summary>
    public (ContentCatalog Catalog, ScoringPipeline Pipeline) ContentFor(FileInfo? pack)
    {
        if (pack is null)
        {
            return (defaultCatalog(), defaultPipeline());
        }

        var packCatalog = CatalogFor(pack);
        return (packCatalog, new ScoringPipelineBuilder().AddDefaultStages().AddRecommendations(new DefaultRecommender()).Build(packCatalog));
    }

    /// <summary>The contacts given with --support, or the host's.</summary>
    public SupportDirectory SupportFor(FileInfo? file)
    {
        if (file is null)
        {
            return support;
        }

        InputFile.Check(file, "--support", Text);
        var read = SupportDirectoryReader.ReadFile(file.FullName);
        return read.Directory ?? throw new UserException($"--support: {read.Problems[0]}", ExitCodes.Invalid);
    }

    /// <summary>Runs a command that stops cleanly on Ctrl+C: the host cancels it instead of ending the process.</summary>
    public int Interruptible(Func<int> run)
    {
        handlesInterrupt(true);
        try
        {
            return run();
        }
        finally
        {
            handlesInterrupt(false);
        }
    }

    private ContentPack LoadPack(FileInfo file)
    {
        InputFile.Check(file, "--pack", Text);
        var result = InputFile.Read(file, "--pack", Text, ContentPackReader.Default.ReadFile);
        return result.Succeeded ? result.Pack : throw new UserException(Text.Format(Text.InvalidPack, file.Name, result.Problems[0]), ExitCodes.Invalid);
    }
}
