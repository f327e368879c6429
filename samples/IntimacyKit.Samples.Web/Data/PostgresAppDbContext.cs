using Microsoft.EntityFrameworkCore;

namespace IntimacyKit.Samples.Web.Data;

/// <summary>
/// The same model on PostgreSQL. A type of its own only so that EF Core keeps a migrations set per provider
/// (<c>Migrations/Postgres</c>); everything else is <see cref="AppDbContext"/>. To add a migration, run the tools with
/// the provider configured (no server is needed): <c>Database__Provider=Postgres dotnet ef migrations add Name
/// --context PostgresAppDbContext --output-dir Migrations/Postgres --namespace IntimacyKit.Samples.Web.Migrations.Postgres</c>.
/// </summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
