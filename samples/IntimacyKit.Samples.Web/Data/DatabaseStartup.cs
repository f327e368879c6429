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
            // Instances that start at the same moment take turns: each migrates under a session advisory lock, so the
            // second finds every migration applied instead of adding the same column twice (42701).
            // The lock is taken in the server's maintenance database (the app's may not exist yet: migrating creates it),
            // keyed by the app's database name.
            var target = new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
            var name = System.Text.Encoding.UTF8.GetBytes("intimacykit-migrate:" + target.Database);
            var key = BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(name));
            target.Database = "postgres";
            await using var gate = new Npgsql.NpgsqlConnection(target.ConnectionString);
            await gate.OpenAsync(cancellationToken);
            await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({key})", gate))
            {
                await take.ExecuteNonQueryAsync(cancellationToken);
            }

            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await using var release = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_unlock({key})", gate);
                await release.ExecuteNonQueryAsync(CancellationToken.None);
            }

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
