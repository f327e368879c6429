using IntimacyKit.Samples.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// The web sample on its own temporary SQLite file, as <c>dotnet run</c> starts it (migrations, WAL), or on a database
/// of its own on the test PostgreSQL server (see <see cref="TestDatabase"/>). With <paramref name="kestrel"/>, it listens
/// on a real loopback port (for the browser); otherwise on the test server.
/// </summary>
public sealed class WebAppFactory(bool kestrel = false, int accountsPerMinute = 1000, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-web-").FullName;
    private readonly string? _postgres = TestDatabase.UsePostgres ? TestDatabase.CreatePostgresDatabase() : null;

    public string DatabasePath => Path.Combine(_folder, "test.db");

    /// <summary>Whether this app runs on PostgreSQL.</summary>
    public bool IsPostgres => _postgres is not null;

    /// <summary>The server's address when it listens on a real port.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", TestDatabase.Provider);
        builder.UseSetting("ConnectionStrings:Default", _postgres ?? $"Data Source={DatabasePath}");
        builder.UseSetting("RateLimits:AccountsPerMinute", accountsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:SubmissionsPerMinute", "1000");
        builder.UseSetting("RateLimits:CodesPerMinute", "1000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<Microsoft.AspNetCore.Identity.IEmailSender<Microsoft.AspNetCore.Identity.IdentityUser>>(new CapturingEmailSender(Emails));
            // Many apps run in this one test process and every test registers people: the production hashing cost
            // (100,000 PBKDF2 rounds) would starve the shared thread pool. The hashing itself is Identity's, unchanged.
            services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(options => options.IterationCount = 1_000);
        });
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    /// <summary>The e-mails the app would have sent (the sample only logs them).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(string Email, string Link)> Emails { get; } = new();

    /// <summary>A fresh database context on the app's database, to check what it holds.</summary>
    public AppDbContext Db() => Services.CreateScope().ServiceProvider.GetRequiredService<AppDbContext>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgres is not null)
        {
            TestDatabase.DropPostgresDatabase(_postgres);
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open at exit is left to the temporary folder's own clean-up.
        }
    }
}

/// <summary>Keeps the links the app would e-mail, for the tests to follow.</summary>
internal sealed class CapturingEmailSender(System.Collections.Concurrent.ConcurrentQueue<(string Email, string Link)> sent)
    : Microsoft.AspNetCore.Identity.IEmailSender<Microsoft.AspNetCore.Identity.IdentityUser>
{
    public Task SendConfirmationLinkAsync(Microsoft.AspNetCore.Identity.IdentityUser user, string email, string confirmationLink)
    {
        sent.Enqueue((email, confirmationLink));
        return Task.CompletedTask;
    }

    public Task SendPasswordResetLinkAsync(Microsoft.AspNetCore.Identity.IdentityUser user, string email, string resetLink) => Task.CompletedTask;

    public Task SendPasswordResetCodeAsync(Microsoft.AspNetCore.Identity.IdentityUser user, string email, string resetCode) => Task.CompletedTask;
}
