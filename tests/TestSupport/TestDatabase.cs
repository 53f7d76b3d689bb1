using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MusicRecommender.Infrastructure;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.TestSupport;

/// <summary>A migrated database for tests below the web layer: a SQLite file in a temp folder, or a fresh PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable, IDisposable
{
    private readonly TempFolder _folder = new("musicrec-db");

    private TestDatabase(DatabaseProvider provider, string? postgresConnection)
    {
        Provider = provider;
        ConnectionString = postgresConnection ?? $"Data Source={_folder.File("test.db")}";
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Both providers, for <c>[MemberData]</c> of tests that must hold on each.</summary>
    public static IEnumerable<object[]> Providers => [[DatabaseProvider.Sqlite], [DatabaseProvider.Postgres]];

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = await CreateEmptyAsync(provider);
        await using var db = database.CreateContext();
        await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).MigrateAsync();
        return database;
    }

    /// <summary>A database with no tables yet (a new PostgreSQL database, or no SQLite file).</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        new(provider, provider == DatabaseProvider.Postgres ? await PostgresServer.CreateDatabaseAsync() : null);

    public AppDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        InfrastructureRegistration.ConfigureProvider(options, new DatabaseOptions { Provider = Provider }, ConnectionString, _folder.Path);
        return new AppDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres) await PostgresServer.DropDatabaseAsync(ConnectionString);
        Dispose();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
