using System.Diagnostics;

namespace IntimacyKit.Consumer.Tests;

/// <summary>
/// A tiny app that references the core package is published with Native AOT and run: IntimacyKit adds no trim or AOT
/// warning (the only ones are Newtonsoft.Json's own two assembly-level notes), and scores natively.
/// </summary>
public class AotConsumerTests
{
    [Fact]
    public void TheAotConsumer_PublishesWithoutWarnings_AndScores()
    {
        var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "IntimacyKit.AotConsumer"));
        var output = Path.Combine(Path.GetTempPath(), $"intimacykit-aot-{Guid.NewGuid():N}");
        try
        {
            var restore = Run("dotnet", project, "restore", "-r", Rid, "--configfile", Feed.Config, $"-p:IntimacyKitVersion={Feed.Version}",
                $"-p:RestorePackagesPath={Feed.Packages}");
            restore.ExitCode.Should().Be(0, restore.Output);
            var publish = Run("dotnet", project, "publish", "-c", "Release", "-r", Rid, "--no-restore", "-o", output,
                $"-p:IntimacyKitVersion={Feed.Version}", $"-p:RestorePackagesPath={Feed.Packages}");
            publish.ExitCode.Should().Be(0, publish.Output);
            var warnings = publish.Output.Split('\n').Where(static l => l.Contains("warning IL", StringComparison.Ordinal)).Distinct().ToList();
            warnings.Should().OnlyContain(
                static l => l.Contains("Assembly 'Newtonsoft.Json' produced", StringComparison.Ordinal),
                "IntimacyKit is trim- and AOT-clean; only Newtonsoft.Json says it is not annotated");

            var run = Run(Path.Combine(output, "IntimacyKit.AotConsumer"), project);
            run.ExitCode.Should().Be(0, run.Output);
            run.Output.Should().Contain("not a diagnosis").And.MatchRegex(@": \d\.\d\d \(").And.Contain("Scored from CSV: 2");
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void TheGettingStartedPage_RunsAsWritten_AndPrintsScoresRecommendationsAndTheDisclaimer()
    {
        var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "GettingStarted"));

        var restore = Run("dotnet", project, "restore", "--configfile", Feed.Config, $"-p:IntimacyKitVersion={Feed.Version}",
            $"-p:RestorePackagesPath={Feed.Packages}");
        restore.ExitCode.Should().Be(0, restore.Output);
        var run = Run("dotnet", project, "run", "--no-restore", $"-p:IntimacyKitVersion={Feed.Version}", $"-p:RestorePackagesPath={Feed.Packages}");

        run.ExitCode.Should().Be(0, run.Output);
        File.ReadAllLines(Path.Combine(project, "Program.cs")).Length.Should().BeLessThan(30, "the page promises under 30 lines");
        run.Output.Should().MatchRegex(@"\w: \d\.\d\d \(").And.Contain("Something to try: ").And.Contain("not a diagnosis");
    }

    /// <summary>This machine's runtime identifier (linux-x64 here), for the native build.</summary>
    private static string Rid => System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;

    private static (int ExitCode, string Output) Run(string file, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
