using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// The web sample as its own process, as it is deployed (<c>dotnet IntimacyKit.Samples.Web.dll</c> from the samples'
/// build output), on a loopback port and the database it is given; healthy before it is returned.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public static AppProcess Start(string provider, string connectionString, int? port = null)
    {
        var chosen = port ?? FreePort();
        var dll = Path.Combine(Repository(), "samples", "IntimacyKit.Samples.Web", "bin", Configuration(), "net10.0", "IntimacyKit.Samples.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{chosen}"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = provider;
        start.Environment["ConnectionStrings__Default"] = connectionString;
        start.Environment["RateLimits__AccountsPerMinute"] = "100000";
        start.Environment["RateLimits__SubmissionsPerMinute"] = "100000";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        WaitUntilHealthy(chosen, process);
        return new AppProcess(process, chosen);
    }

    /// <summary>Kills the process with SIGKILL, as a crash or an out-of-memory killer would, and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WaitUntilHealthy(int port, Process process)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            process.HasExited.Should().BeFalse("the server should start");
            try
            {
                if (client.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz")).GetAwaiter().GetResult().IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException("The web sample did not become healthy within a minute.");
    }

    private static string Configuration() => AppContext.BaseDirectory.Contains(
        $"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}",
        StringComparison.Ordinal) ? "Release" : "Debug";

    private static string Repository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "IntimacyKit.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("IntimacyKit.sln was not found above the test output.");
    }
}
