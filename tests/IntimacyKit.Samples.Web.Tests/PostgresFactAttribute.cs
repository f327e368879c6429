namespace IntimacyKit.Samples.Web.Tests;

/// <summary>A test that needs a running PostgreSQL server: skipped, with the reason shown, when there is none.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.Server is null)
        {
            Skip = $"PostgreSQL is not running: eng/test.sh starts one (eng/postgres.sh) and sets {TestDatabase.ServerVariable}.";
        }
    }
}
