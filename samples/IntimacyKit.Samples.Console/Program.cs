using IntimacyKit.Samples.Console;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

var services = new ServiceCollection();
services.AddIntimacyKit();
services.AddSingleton(AnsiConsole.Console);
// The default content is loaded only by commands that use it: `score --pack` never pays for it.
services.AddSingleton(sp => new ConsoleApp(
    sp.GetRequiredService<IntimacyKit.Content.ContentCatalog>,
    sp.GetRequiredService<IntimacyKit.Scoring.ScoringPipeline>,
    sp.GetRequiredService<IAnsiConsole>())
{
    Support = sp.GetRequiredService<IntimacyKit.Support.SupportDirectory>(),
});
using var provider = services.BuildServiceProvider();
var app = provider.GetRequiredService<ConsoleApp>();

// Ctrl+C: score and analyze stop cleanly and leave no output file; elsewhere the process ends at once (every file
// is written to a temporary file first, so nothing half-written is left either way).
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (app.HandlesInterrupt)
    {
        e.Cancel = true;
        interrupt.Cancel();
    }
};

return app.Run(args, Console.In, Console.IsInputRedirected, Console.Error, interrupt.Token);
