using IntimacyKit.Recommendations;
using IntimacyKit.Samples.Console;
using IntimacyKit.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

PhaseTimes.Start();
// The pack named by --pack is read on another core while the rest of the host starts (PackPrefetch).
var prefetch = PackPrefetch.Start(args);
var services = new ServiceCollection();
services.AddIntimacyKit();
// Redirected output (a file, a pipe) is never wrapped: plain lines that other tools can read.
services.AddSingleton(Console.IsOutputRedirected ? UnwrappedConsole() : AnsiConsole.Console);
// The default content is loaded only by commands that use it: `score --pack` never pays for it.
services.AddSingleton(sp => new ConsoleApp(
    sp.GetRequiredService<IntimacyKit.Content.ContentCatalog>,
    sp.GetRequiredService<IntimacyKit.Scoring.ScoringPipeline>,
    sp.GetRequiredService<IAnsiConsole>())
{
    Support = sp.GetRequiredService<IntimacyKit.Support.SupportDirectory>(),
    // Other languages are made only when --culture or LANG asks for one: English runs never pay for them.
    Localized = () => new IntimacyKit.Scoring.LocalizedContent(
        IntimacyKit.Serialization.ContentTranslation.WithTranslations(
            sp.GetRequiredService<IntimacyKit.Content.ContentCatalog>(), IntimacyKit.Content.DefaultContent.Translations),
        catalog => new IntimacyKit.Scoring.ScoringPipelineBuilder().AddDefaultStages()
            .AddRecommendations(sp.GetRequiredService<IntimacyKit.Recommendations.IRecommender>()).Build(catalog)),
    Environment = Environment.GetEnvironmentVariable,
    Prefetch = prefetch,
});
using var provider = services.BuildServiceProvider();
var app = provider.GetRequiredService<ConsoleApp>();
PhaseTimes.Mark("dependency injection");

// Ctrl+C: score and analyze stop cleanly and leave no output file; elsewhere the process ends at once (every file
// is written to a temporary file first, so nothing half-written is left either way).
using var interrupt = new CancellationTokenSource();
// Elsewhere (the interactive check above all) the terminal is given back as it was, with its cursor, and the person
// is told what was kept.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    if (app.HandlesInterrupt)
    {
        interrupt.Cancel();
        return;
    }

    if (!Console.IsOutputRedirected)
    {
        Console.Out.Write("\u001b[?25h\n");
        Console.Out.Flush();
    }

    Console.Error.WriteLine(app.Text.InterruptedTake);
    Environment.Exit(ExitCodes.Interrupted);
};

try
{
    var code = app.Run(args, Console.In, Console.IsInputRedirected, Console.Error, interrupt.Token);
    PhaseTimes.Mark("summary and exit");
    return code;
}
catch (Exception exception) when (exception is not OutOfMemoryException)
{
    // Nothing a user can do should end here; if something does, one line and a log for a bug report, never a trace.
    var log = Path.Combine(
        Path.GetTempPath(),
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"intimacykit-error-{TimeProvider.System.GetUtcNow():yyyyMMdd-HHmmss}-{Environment.ProcessId}.log"));
    try
    {
        // Owner-only: the trace may hold a file name or an answer.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(log, System.Text.Encoding.UTF8, options);
        writer.Write(exception.ToString());
        var text = app.Text;
        var problem = text.Format(text.InternalError, exception.GetType().Name) + " " + text.Format(text.InternalErrorLog, log);
        Console.Error.WriteLine(text.Format(text.ErrorLine, problem));
    }
    catch (Exception writeFailure) when (writeFailure is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine(app.Text.Format(app.Text.ErrorLine, app.Text.Format(app.Text.InternalError, exception.GetType().Name)));
    }

    return ExitCodes.Internal;
}

static IAnsiConsole UnwrappedConsole()
{
    var console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(Console.Out),
        // No CI detection: plain output is the same in a pipeline, a file or a build log (and costs no start-up).
        Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
    });
    console.Profile.Width = ConsoleLayout.UnwrappedWidth;
    return console;
}
