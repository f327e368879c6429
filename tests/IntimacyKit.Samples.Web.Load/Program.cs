using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using IntimacyKit.Samples.Web.Tests;

// Submissions per second through the web host's API, whole process: 50 signed-in people submit 1,000 results at once,
// spread over the instances, after a warm-up of 100 that is not counted. Each run has a fresh database and fresh
// processes; the median of the runs is reported. PostgreSQL rows need INTIMACYKIT_TEST_POSTGRES (eng/postgres.sh).
//
//   dotnet run -c Release --project tests/IntimacyKit.Samples.Web.Load -- [runs]
const int People = 50;
const int Each = 20;
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var setups = new List<(string Name, string Provider, int Instances)> { ("SQLite, one instance", "Sqlite", 1) };
if (TestDatabase.Server is not null)
{
    setups.Add(("PostgreSQL, one instance", "Postgres", 1));
    setups.Add(("PostgreSQL, two instances", "Postgres", 2));
}
else
{
    Console.Error.WriteLine($"No PostgreSQL ({TestDatabase.ServerVariable} is not set): measuring SQLite only.");
}

Console.WriteLine($"| store | {string.Join(" | ", Enumerable.Range(1, runs).Select(static r => $"run {r}"))} | median |");
Console.WriteLine($"|---|{string.Concat(Enumerable.Repeat("---|", runs))}---|");
foreach (var (name, provider, instances) in setups)
{
    var rates = new List<double>();
    for (var run = 0; run < runs; run++)
    {
        rates.Add(await MeasureAsync(provider, instances));
    }

    var median = rates.Order().ElementAt(rates.Count / 2);
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"| {name} | {string.Join(" | ", rates.Select(static r => r.ToString("0", CultureInfo.InvariantCulture)))} | **{median:0}** |"));
}

static async Task<double> MeasureAsync(string provider, int instances)
{
    var folder = Directory.CreateTempSubdirectory("intimacykit-load-").FullName;
    var database = provider == "Sqlite" ? $"Data Source={Path.Combine(folder, "load.db")}" : TestDatabase.CreatePostgresDatabase();
    var apps = Enumerable.Range(0, instances).Select(_ => AppProcess.Start(provider, database)).ToList();
    try
    {
        var people = await Task.WhenAll(Enumerable.Range(0, People)
            .Select(i => Person.SignUpAsync(apps[i % apps.Count].Address, $"load{i}@example.test")));
        var handles = people.Select(p => apps.Select(a => p.On(a.Address)).ToArray()).ToList();
        await SubmissionLoad.RunAsync(handles, 2, new ConcurrentBag<Acknowledged>(), CancellationToken.None);

        var acknowledged = new ConcurrentBag<Acknowledged>();
        var clock = Stopwatch.StartNew();
        await SubmissionLoad.RunAsync(handles, Each, acknowledged, CancellationToken.None);
        clock.Stop();
        if (acknowledged.Count != People * Each)
        {
            throw new InvalidOperationException($"Only {acknowledged.Count} of {People * Each} submissions were acknowledged.");
        }

        return acknowledged.Count / clock.Elapsed.TotalSeconds;
    }
    finally
    {
        apps.ForEach(static a => a.Dispose());
        if (provider != "Sqlite")
        {
            TestDatabase.DropPostgresDatabase(database);
        }

        Directory.Delete(folder, recursive: true);
    }
}
