// Reading a child process's two pipes needs one of them read asynchronously; the waits are on pipe reads, not on xUnit's context.
#pragma warning disable xUnit1031

using System.Diagnostics;

namespace IntimacyKit.Samples.Console.Tests;

/// <summary>
/// The `intimacykit` tool as a user installs it: packed (pointer, framework-dependent `any`, Native AOT linux-x64)
/// and installed with `dotnet tool install` by eng/install-tool.sh. The test script (eng/test.sh) installs it once
/// and passes its path in INTIMACYKIT_INSTALLED_TOOL; without that, the fixture runs the script itself (it needs
/// clang and zlib1g-dev, which eng/test.sh installs).
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private readonly string? _ownFolder;

    public InstalledTool()
    {
        var given = Environment.GetEnvironmentVariable("INTIMACYKIT_INSTALLED_TOOL");
        if (!string.IsNullOrEmpty(given))
        {
            File.Exists(given).Should().BeTrue($"INTIMACYKIT_INSTALLED_TOOL names {given}, which does not exist");
            Path = given;
        }
        else
        {
            _ownFolder = Directory.CreateTempSubdirectory("intimacykit-tool-").FullName;
            var script = System.IO.Path.Combine(Repository.Root, "eng", "install-tool.sh");
            var (exit, output) = Run(Repository.Root, "bash", [script, _ownFolder], 900_000);
            exit.Should().Be(0, $"eng/install-tool.sh installs the tool (clang and zlib1g-dev are needed; eng/test.sh installs them):{Environment.NewLine}{output}");
            Path = output.Trim().Split('\n')[^1].Trim();
        }

        // eng/install-tool.sh installs into DIR/bin from the packages in DIR/feed.
        Feed = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(Path)!)!, "feed");
    }

    /// <summary>The installed command.</summary>
    public string Path { get; }

    /// <summary>The folder of packages it was installed from.</summary>
    public string Feed { get; }

    public void Dispose()
    {
        if (_ownFolder is not null)
        {
            Directory.Delete(_ownFolder, recursive: true);
        }
    }

    /// <summary>Runs a program and returns its exit code and everything it wrote.</summary>
    public static (int Exit, string Output) Run(string folder, string file, string[] args, int timeoutMs = 120_000)
    {
        var start = new ProcessStartInfo(file, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(timeoutMs).Should().BeTrue($"{file} should finish within {timeoutMs / 1000} s");
        return (process.ExitCode, output + error.Result);
    }
}
