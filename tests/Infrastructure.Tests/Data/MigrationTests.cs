using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Infrastructure.Tests.Data;

/// <summary>
/// On each provider: the schema the migrations build must equal the one EF creates from the model (the
/// first migrations were hand-written, and the snapshot alone cannot see what SQL a migration really ran),
/// and the provider's snapshot must hold the current model, so a model change without a migration fails here.
/// </summary>
public sealed class MigrationTests
{
    public static IEnumerable<object[]> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrations_WhenApplied_ProduceTheModelsSchema(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateAsync(provider);
        await using var fromModel = await EmptyDatabaseAsync(provider);
        await using (var db = fromModel.CreateContext())
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await DescribeAsync(fromModel);
        var actual = await DescribeAsync(migrated);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (table, shape) in expected) Assert.Equal(shape, actual[table]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrations_WhenRunTwice_AreANoOp(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Model_WhenComparedWithItsProvidersSnapshot_HasNoPendingChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var db = database.CreateContext();

        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot;

        Assert.NotNull(snapshot);
        Assert.Equal(provider + "ModelSnapshot", snapshot.GetType().Name);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: see docs/migrations.md.");
    }

    /// <summary>The site builds the model with its services, where Identity's UI asks for 128-character keys; <c>dotnet ef</c> without them.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Model_WhenBuiltWithTheSitesIdentityOptions_IsStillTheSnapshots(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        using var site = new ServiceCollection().Configure<IdentityOptions>(identity => identity.Stores.MaxLengthForKeys = 128).BuildServiceProvider();
        var options = new DbContextOptionsBuilder<AppDbContext>().UseApplicationServiceProvider(site);
        InfrastructureRegistration.ConfigureProvider(options, new DatabaseOptions { Provider = provider }, database.ConnectionString, AppContext.BaseDirectory);
        await using var db = new AppDbContext(options.Options);

        Assert.Equal(128, site.GetRequiredService<IOptions<IdentityOptions>>().Value.Stores.MaxLengthForKeys);
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Migrations_ForEachProvider_AreOnlyThatProvidersSet()
    {
        await using var sqlite = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Sqlite);
        await using var postgres = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Postgres);
        await using var sqliteDb = sqlite.CreateContext();
        await using var postgresDb = postgres.CreateContext();

        var sqliteSet = sqliteDb.Database.GetMigrations().ToList();
        var postgresSet = postgresDb.Database.GetMigrations().ToList();

        Assert.Contains("20261121000005_TrackSearchIndex", sqliteSet);
        Assert.DoesNotContain("20261121000005_TrackSearchIndex", postgresSet);
        Assert.Contains("20261121000011_QuartzScheduler", postgresSet);
        Assert.DoesNotContain("20261121000011_QuartzScheduler", sqliteSet);
        Assert.Contains("20261201152000_DropQuartzScheduler", postgresSet);
        Assert.All(sqliteDb.GetService<IMigrationsAssembly>().Migrations.Values, m => Assert.EndsWith(".Sqlite", m.Namespace, StringComparison.Ordinal));
        Assert.All(postgresDb.GetService<IMigrationsAssembly>().Migrations.Values, m => Assert.EndsWith(".Postgres", m.Namespace, StringComparison.Ordinal));
    }

    /// <summary>A database with no tables: a migrated one with its tables dropped would still have history; make a fresh one instead.</summary>
    private static async Task<TestDatabase> EmptyDatabaseAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await db.Database.EnsureDeletedAsync();
        return database;
    }

    /// <summary>table → sorted lines describing its columns, indexes and foreign keys.</summary>
    private static async Task<Dictionary<string, string>> DescribeAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var queries = database.Provider == DatabaseProvider.Sqlite ? SqliteQueries : PostgresQueries;
        // The FTS5 search index (SQLite, outside the EF model) is dropped again by DropSearchIndex, so none may be
        // left, nor its triggers' table. Quartz's qrtz_* tables are
        // created and dropped again by the PostgreSQL migrations, so none may be left; Hangfire's tables live in
        // their own file (SQLite) or schema (PostgreSQL, "hangfire"), outside what is compared here.
        var tables = (await QueryAsync(connection, queries.Tables)).Select(r => r[0])
            .Where(t => !t.StartsWith("__EFMigrations", StringComparison.Ordinal)).ToList();
        var result = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            var lines = new List<string>();
            foreach (var (kind, sql) in queries.PerTable)
            {
                lines.AddRange((await QueryAsync(connection, sql.Replace("{table}", table, StringComparison.Ordinal))).Select(r => $"{kind} {string.Join(" ", r)}"));
            }
            result[table] = string.Join("\n", lines.Order(StringComparer.Ordinal));
        }
        return result;
    }

    private static readonly (string Tables, (string Kind, string Sql)[] PerTable) SqliteQueries = (
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        [
            ("column", "SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')"),
            ("index", "SELECT il.name, il.\"unique\", il.partial, group_concat(ii.name) FROM pragma_index_list('{table}') il JOIN pragma_index_info(il.name) ii GROUP BY il.name"),
            ("fk", "SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')"),
        ]);

    private static readonly (string Tables, (string Kind, string Sql)[] PerTable) PostgresQueries = (
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
        [
            ("column", "SELECT column_name, data_type, is_nullable, coalesce(character_maximum_length, 0), coalesce(is_identity, '') FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'"),
            ("index", "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = '{table}'"),
            ("constraint", "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '\"{table}\"'::regclass"),
        ]);

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray());
        }
        return rows;
    }
}
