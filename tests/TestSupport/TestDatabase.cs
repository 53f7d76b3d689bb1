using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MusicRecommender.Infrastructure;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.TestSupport;

/// <summary>A migrated SQLite database file in a temp folder, for tests below the web layer.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TempFolder _folder = new("musicrec-db");

    private TestDatabase() => ConnectionString = $"Data Source={_folder.File("test.db")}";

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await using var db = database.CreateContext();
        await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).MigrateAsync();
        return database;
    }

    public AppDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        InfrastructureRegistration.ConfigureProvider(options, new DatabaseOptions(), ConnectionString, _folder.Path);
        return new AppDbContext(options.Options);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
