using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IntimacyKit.Samples.Web.Data;

/// <summary>
/// At start-up: create or migrate the database, then, on SQLite, set and check the write-ahead log. On PostgreSQL several
/// instances may start at once: EF Core's migrator takes a database lock, so only one of them migrates.
/// </summary>
internal static class DatabaseStartup
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        if (new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource is { Length: > 0 } file
            && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync(cancellationToken);

        // WAL: readers never wait for the writer, and a crash loses no committed transaction. It is a property of the
        // file, so setting it once is enough; reading it back proves it took.
        var mode = await PragmaAsync(db, "journal_mode=WAL", cancellationToken);
        if (mode != "wal")
        {
            throw new InvalidOperationException($"SQLite did not switch to write-ahead logging (journal_mode is '{mode}').");
        }
    }

    /// <summary>Runs a PRAGMA and returns its first value as text (journal_mode, integrity_check, ...).</summary>
    public static async Task<string?> PragmaAsync(AppDbContext db, string pragma, CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA " + pragma;
            return (await command.ExecuteScalarAsync(cancellationToken))?.ToString();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
