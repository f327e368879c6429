using System.Collections.Concurrent;
using System.Net;
using Npgsql;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// Two app instances, as separate processes on two ports, against one PostgreSQL database: a person signed in on one is
/// signed in on the other, a result stored through one is read through the other, 1,000 submissions from 50 people
/// spread over both are each stored exactly once, and when one instance is killed with SIGKILL in the middle of that,
/// every submission either instance acknowledged is in the database.
/// </summary>
[Collection(HeavyProcesses.Name)]
public sealed class MultiInstanceTests : IDisposable
{
    private const int People = 50;
    private const int EachSubmits = 20;

    private readonly string? _database = TestDatabase.Server is null ? null : TestDatabase.CreatePostgresDatabase();

    public void Dispose()
    {
        if (_database is not null)
        {
            TestDatabase.DropPostgresDatabase(_database);
        }
    }

    [PostgresFact]
    public async Task TwoInstances_StartedAtOnce_ShareSignInAndResults_AndStoreEachOfAThousandSubmissionsOnce()
    {
        // Both start at the same moment on an empty database: one migrates (the migrator's lock), both serve.
        var started = await Task.WhenAll(Task.Run(() => AppProcess.Start("Postgres", _database!)), Task.Run(() => AppProcess.Start("Postgres", _database!)));
        using var one = started[0];
        using var two = started[1];

        // Signed in on one (its cookie and antiforgery token) is signed in on the other.
        var person = await Person.SignUpAsync(one.Address, "both@example.test");
        var elsewhere = person.On(two.Address);
        (await elsewhere.Client.GetAsync("/api/results")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await elsewhere.Client.GetStringAsync("/history")).Should().Contain("My results");

        // Stored through the second, read through the first.
        var stored = await elsewhere.SendAsync(HttpMethod.Post, "/api/results", QuickCheck(), Guid.NewGuid().ToString());
        stored.StatusCode.Should().Be(HttpStatusCode.Created);
        (await person.Client.GetAsync(stored.Headers.Location)).StatusCode.Should().Be(HttpStatusCode.OK);

        // One request sent to both at the same moment (a retry racing the original): stored once, both answered with it.
        var key = Guid.NewGuid().ToString();
        var both = await Task.WhenAll(
            person.SendAsync(HttpMethod.Post, "/api/results", QuickCheck(), key),
            elsewhere.SendAsync(HttpMethod.Post, "/api/results", QuickCheck(), key));
        both.Select(static r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Created, HttpStatusCode.OK]);
        both[0].Headers.Location.Should().Be(both[1].Headers.Location);
        (await elsewhere.SendAsync(HttpMethod.Post, "/api/results", new { assessmentId = "intimacy-quick-check", relationshipKind = "friendship", answers = new Dictionary<string, int> { ["q-shame"] = 5 } }, key))
            .StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "a key reused for other answers is refused");

        var people = await SignUpAsync(one, two);
        var acknowledged = new ConcurrentBag<Acknowledged>();
        await SubmissionLoad.RunAsync(people, EachSubmits, acknowledged, CancellationToken.None);

        acknowledged.Should().HaveCount(People * EachSubmits);
        acknowledged.Select(static a => a.Location).Distinct().Should().HaveCount(People * EachSubmits);
        acknowledged.Count(a => a.Who.Client.BaseAddress == two.Address).Should().Be(People * EachSubmits / 2, "the load is spread over both");
        (await CountAsync("SELECT count(*) FROM \"Results\"")).Should().Be((People * EachSubmits) + 2, "each stored once, beside the first two");
    }

    [PostgresFact]
    public async Task OneInstanceKilledMidLoad_EveryAcknowledgedSubmissionIsStored_ExactlyOnce()
    {
        using var one = AppProcess.Start("Postgres", _database!);
        using var two = AppProcess.Start("Postgres", _database!);
        var people = await SignUpAsync(one, two);

        var acknowledged = new ConcurrentBag<Acknowledged>();
        var load = SubmissionLoad.RunAsync(people, EachSubmits, acknowledged, CancellationToken.None);
        while (acknowledged.Count < 300 && !load.IsCompleted)
        {
            await Task.Delay(5);
        }

        load.IsCompleted.Should().BeFalse("the kill comes in the middle of the load");
        await two.KillAsync();
        var retried = await load;
        retried.Should().BePositive("requests to the killed instance went to the survivor");

        // The survivor took over every request the killed one did not answer, so all 1,000 were acknowledged.
        acknowledged.Should().HaveCount(People * EachSubmits);
        acknowledged.Select(static a => a.Key).Distinct().Should().HaveCount(People * EachSubmits);
        foreach (var group in acknowledged.GroupBy(static a => a.Who.Email))
        {
            var survivor = people.Single(p => p[0].Email == group.Key).Single(p => p.Client.BaseAddress == one.Address);
            foreach (var submission in group)
            {
                (await survivor.Client.GetAsync(submission.Location)).StatusCode.Should().Be(HttpStatusCode.OK, $"{submission.Key} was acknowledged");
            }
        }

        (await CountAsync("SELECT count(*) FROM \"Results\"")).Should().Be(People * EachSubmits, "no submission is stored twice");
    }

    /// <summary>50 people, half signing up on each instance, each with a handle on both.</summary>
    private static async Task<List<Person[]>> SignUpAsync(AppProcess one, AppProcess two)
    {
        var people = await Task.WhenAll(Enumerable.Range(0, People)
            .Select(i => Person.SignUpAsync(i % 2 == 0 ? one.Address : two.Address, $"load{i}@example.test")));
        return [.. people.Select(p => new[] { p.On(one.Address), p.On(two.Address) })];
    }

    private static object QuickCheck() => new
    {
        assessmentId = "intimacy-quick-check",
        relationshipKind = "friendship",
        answers = new Dictionary<string, int> { ["q-shame"] = 2 },
    };

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
