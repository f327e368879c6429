using Microsoft.EntityFrameworkCore;

namespace IntimacyKit.Samples.Web.Data;

/// <summary>
/// Chooses the store from configuration: <c>Database:Provider</c> is <c>Sqlite</c> (the default: one file, one machine)
/// or <c>Postgres</c> (several app instances on one database), with <c>ConnectionStrings:Default</c>.
/// </summary>
internal static class Database
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");
        var provider = configuration["Database:Provider"] ?? Sqlite;
        if (string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return services.AddDbContext<AppDbContext>(options => options.UseSqlite(connection));
        }

        if (string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase))
        {
            return services.AddDbContext<AppDbContext, PostgresAppDbContext>(options => options.UseNpgsql(connection));
        }

        throw new InvalidOperationException($"Database:Provider is '{provider}': use '{Sqlite}' (the default) or '{Postgres}'.");
    }
}
