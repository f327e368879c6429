using System.Collections.Concurrent;
using System.Net;
using Microsoft.Data.Sqlite;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// The web sample as its own process, as it is deployed: 1,000 submissions from 50 signed-in people at once are all
/// stored and readable; a second run is killed with SIGKILL in the middle and restarted, and every submission that was
/// answered with success is still there, in a database that passes <c>PRAGMA integrity_check</c>.
/// </summary>
[Collection(HeavyProcesses.Name)]
public sealed class DurabilityTests : IDisposable
{
    private const int People = 50;
    private const int EachSubmits = 20;

    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-durability-").FullName;

    private string Connection => $"Data Source={Path.Combine(_folder, "app.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ThousandSubmissions_AllStored_AndAKilledServerKeepsEverySuccess()
    {
        var port = AppProcess.FreePort();
        using (var server = AppProcess.Start("Sqlite", Connection, port))
        {
            var people = await Task.WhenAll(Enumerable.Range(0, People).Select(i => Person.SignUpAsync(server.Address, $"person{i}@example.test")));
            var handles = people.Select(static p => new[] { p }).ToList();

            // Run one: nothing interrupts it.
            var first = new ConcurrentBag<Acknowledged>();
            await SubmissionLoad.RunAsync(handles, EachSubmits, first, CancellationToken.None);
            first.Should().HaveCount(People * EachSubmits);
            foreach (var person in people)
            {
                (await person.GetJsonAsync("/api/results")).GetArrayLength().Should().Be(EachSubmits);
            }

            // Run two: the server is killed (SIGKILL) once a few hundred more have been answered.
            var second = new ConcurrentBag<Acknowledged>();
            using var stop = new CancellationTokenSource();
            var load = SubmissionLoad.RunAsync(handles, EachSubmits, second, stop.Token);
            while (second.Count < 300 && !load.IsCompleted)
            {
                await Task.Delay(5);
            }

            await server.KillAsync();
            await stop.CancelAsync();
            await load;
            second.Count.Should().BeLessThan(People * EachSubmits, "the kill came in the middle of the run");

            using var restarted = AppProcess.Start("Sqlite", Connection, port);
            foreach (var acknowledged in first.Concat(second))
            {
                (await acknowledged.Who.Client.GetAsync(acknowledged.Location)).StatusCode
                    .Should().Be(HttpStatusCode.OK, $"{acknowledged.Location} was answered with success, so it is stored");
            }
        }

        await using var connection = new SqliteConnection(Connection);
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        (await check.ExecuteScalarAsync())!.ToString().Should().Be("ok");
    }
}
