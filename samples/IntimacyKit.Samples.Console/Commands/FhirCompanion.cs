using System.Diagnostics;

namespace IntimacyKit.Samples.Console.Commands;

/// <summary>
/// How the native build runs the fhir commands. The Firely SDK behind them cannot run under Native AOT, so the native
/// tool package carries the framework-dependent build of this same tool in its <c>fhir</c> folder (added when the native
/// build is published: the project's PublishFhirCompanion target), and the native build hands it the command line as
/// it came, with the same standard input, output and error, and returns its exit code.
/// </summary>
internal static class FhirCompanion
{
    /// <summary>The folder beside the native program that holds the framework-dependent build.</summary>
    public const string Folder = "fhir";

    /// <summary>The framework-dependent build's assembly in <see cref="Folder"/>.</summary>
    public const string Assembly = "IntimacyKit.Samples.Console.dll";

    public static int Run(IReadOnlyList<string> arguments, TextWriter error, ConsoleText text)
        => Run(arguments, error, AppContext.BaseDirectory, Environment.GetEnvironmentVariable, text);

    /// <summary>Runs the companion in <paramref name="baseDirectory"/>, or says in one line why it cannot.</summary>
    internal static int Run(IReadOnlyList<string> arguments, TextWriter error, string baseDirectory, Func<string, string?> environment, ConsoleText text)
    {
        var assembly = Path.Combine(baseDirectory, Folder, Assembly);
        if (!File.Exists(assembly))
        {
            error.WriteLine(text.Format(text.ErrorLine, text.Format(text.NoFhirCompanion, Folder)));
            return ExitCodes.Unavailable;
        }

        if (Dotnet(environment) is not { } dotnet)
        {
            error.WriteLine(text.Format(text.ErrorLine, text.NoDotnet));
            return ExitCodes.Unavailable;
        }

        // Nothing is redirected: the companion writes straight to this process's terminal or pipes.
        var start = new ProcessStartInfo(dotnet) { UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>The dotnet host: the one that runs the CLI, the one in DOTNET_ROOT, the first on PATH, or a usual install folder.</summary>
    internal static string? Dotnet(Func<string, string?> environment)
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        string?[] given = [environment("DOTNET_HOST_PATH"), environment("DOTNET_ROOT") is { Length: > 0 } root ? Path.Combine(root, name) : null];
        var onPath = (environment("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(folder => Path.Combine(folder, name));
        var home = environment("HOME") is { Length: > 0 } folder ? Path.Combine(folder, ".dotnet", name) : null;
        string?[] usual = [home, "/usr/share/dotnet/dotnet", "/usr/lib/dotnet/dotnet", "/usr/local/share/dotnet/dotnet"];
        return given.Concat(onPath).Concat(usual).FirstOrDefault(static path => !string.IsNullOrEmpty(path) && File.Exists(path) && HasRuntime(path));
    }

    /// <summary>Whether a dotnet host has the .NET 10 runtime beside it (a host without it would print several lines and exit 150).</summary>
    private static bool HasRuntime(string dotnet)
    {
        var shared = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dotnet))!, "shared", "Microsoft.NETCore.App");
        if (!Directory.Exists(shared) && new FileInfo(dotnet).ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            shared = Path.Combine(Path.GetDirectoryName(target.FullName)!, "shared", "Microsoft.NETCore.App");
        }

        return Directory.Exists(shared) && Directory.EnumerateDirectories(shared, "10.*").Any();
    }
}
