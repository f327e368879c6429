using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// The web sample as its own process, as it is deployed: 1,000 submissions from 50 signed-in people at once are all
/// stored and readable; a second run is killed with SIGKILL in the middle and restarted, and every submission that was
/// answered with success is still there, in a database that passes <c>PRAGMA integrity_check</c>.
/// </summary>
public sealed class DurabilityTests : IDisposable
{
    private const int People = 50;
    private const int EachSubmits = 20;

    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-durability-").FullName;

    private string Database => Path.Combine(_folder, "app.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ThousandSubmissions_AllStored_AndAKilledServerKeepsEverySuccess()
    {
        var port = FreePort();
        using (var server = Start(port))
        {
            var people = await Task.WhenAll(Enumerable.Range(0, People).Select(i => Person.SignUpAsync(port, $"person{i}@example.test")));

            // Run one: nothing interrupts it.
            var first = new ConcurrentBag<(Person Who, string Location)>();
            await Task.WhenAll(people.Select(p => p.SubmitAsync(EachSubmits, first, CancellationToken.None)));
            first.Should().HaveCount(People * EachSubmits);
            foreach (var person in people)
            {
                (await person.CountResultsAsync()).Should().Be(EachSubmits);
            }

            // Run two: the server is killed (SIGKILL) once a few hundred more have been answered.
            var second = new ConcurrentBag<(Person Who, string Location)>();
            using var stop = new CancellationTokenSource();
            var load = Task.WhenAll(people.Select(p => p.SubmitAsync(EachSubmits, second, stop.Token)));
            while (second.Count < 300 && !load.IsCompleted)
            {
                await Task.Delay(5);
            }

            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            await stop.CancelAsync();
            await load;
            second.Count.Should().BeLessThan(People * EachSubmits, "the kill came in the middle of the run");

            using var restarted = Start(port);
            foreach (var (who, location) in first.Concat(second))
            {
                (await who.Client.GetAsync(location)).StatusCode.Should().Be(HttpStatusCode.OK, $"{location} was answered with success, so it is stored");
            }

            restarted.Kill(entireProcessTree: true);
            await restarted.WaitForExitAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={Database}");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        (await check.ExecuteScalarAsync())!.ToString().Should().Be("ok");
    }

    private Process Start(int port)
    {
        var dll = Path.Combine(Repository(), "samples", "IntimacyKit.Samples.Web", "bin", Configuration(), "net10.0", "IntimacyKit.Samples.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={Database}";
        start.Environment["RateLimits__AccountsPerMinute"] = "100000";
        start.Environment["RateLimits__SubmissionsPerMinute"] = "100000";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        WaitUntilHealthy(port, process);
        return process;
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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

    /// <summary>One signed-in person with their own cookies, submitting through the API with the antiforgery header.</summary>
    private sealed class Person(HttpClient client, string token)
    {
        public HttpClient Client { get; } = client;

        public static async Task<Person> SignUpAsync(int port, string email)
        {
            var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
                Timeout = TimeSpan.FromSeconds(30),
            };
            await Journeys.RegisterAsync(client, email);
            var token = (await client.GetFromJsonAsync<JsonElement>("/api/antiforgery")).GetProperty("token").GetString()!;
            return new Person(client, token);
        }

        public async Task SubmitAsync(int count, ConcurrentBag<(Person, string)> answered, CancellationToken stop)
        {
            for (var i = 0; i < count && !stop.IsCancellationRequested; i++)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/api/results")
                {
                    Content = JsonContent.Create(new { assessmentId = "intimacy-quick-check", relationshipKind = "friendship", answers = new Dictionary<string, int> { ["q-shame"] = 1 + (i % 5) } }),
                };
                request.Headers.Add("RequestVerificationToken", token);
                try
                {
                    var response = await Client.SendAsync(request, stop);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        answered.Add((this, response.Headers.Location!.ToString()));
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    return; // the server is gone: this person stops, as a browser would
                }
            }
        }

        public async Task<int> CountResultsAsync() => (await Client.GetFromJsonAsync<JsonElement>("/api/results")).GetArrayLength();
    }
}
