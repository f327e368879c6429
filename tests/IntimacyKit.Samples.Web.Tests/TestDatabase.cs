using Npgsql;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// Which database the web tests run on. <c>INTIMACYKIT_TEST_POSTGRES</c> is a running PostgreSQL server's connection
/// string (eng/test.sh starts a throwaway one with eng/postgres.sh); with <c>INTIMACYKIT_WEB_DATABASE=Postgres</c> the
/// web integration suite runs on it, each app on a database of its own; otherwise on a SQLite file.
/// </summary>
public static class TestDatabase
{
    public const string ServerVariable = "INTIMACYKIT_TEST_POSTGRES";
    public const string ProviderVariable = "INTIMACYKIT_WEB_DATABASE";

    /// <summary>The PostgreSQL server, or null when none is running.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    /// <summary>Whether the web integration suite runs on PostgreSQL; asked for without a server, that is an error, not a pass.</summary>
    public static bool UsePostgres
    {
        get
        {
            var asked = string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "Postgres", StringComparison.OrdinalIgnoreCase);
            return !asked || Server is not null
                ? asked
                : throw new InvalidOperationException($"{ProviderVariable}=Postgres needs {ServerVariable}: the connection string of a running server.");
        }
    }

    /// <summary>The provider name for the app's <c>Database:Provider</c>.</summary>
    public static string Provider => UsePostgres ? "Postgres" : "Sqlite";

    /// <summary>Creates an empty database on the server and returns its connection string.</summary>
    public static string CreatePostgresDatabase()
    {
        var name = $"ik_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreatePostgresDatabase"/>, closing whatever still uses it.</summary>
    public static void DropPostgresDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
