using Microsoft.EntityFrameworkCore;

namespace IntimacyKit.Samples.Web.Data;

/// <summary>
/// Chooses the store from configuration: <c>Database:Provider</c> is <c>Sqlite</c> (the default: one file, one machine)
/// or <c>Postgres</c> (several app instances on one database), with <c>ConnectionStrings:Default</c>.
/// </summary>
internal static class AppDatabase
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

    /// <summary>
    /// Whether a save failed only because a primary key or unique index already holds such a row (another request won a
    /// race for it): SQLite's constraint codes 1555 and 2067, PostgreSQL's 23505. Anything else (a foreign key, a lost
    /// connection) is a real failure.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 } => true,
        Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };
}
