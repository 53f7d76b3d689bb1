using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Infrastructure.Tests.Data;

/// <summary>
/// Migrations are hand-written without a model snapshot, so this is what catches drift: the schema
/// the migrations build must equal the one EF would create from the model.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_WhenApplied_ProduceTheModelsSchema()
    {
        using var migrated = await TestDatabase.CreateAsync();
        using var folder = new TempFolder();
        var options = new DbContextOptionsBuilder<AppDbContext>();
        InfrastructureRegistration.ConfigureProvider(options, new DatabaseOptions(), $"Data Source={folder.File("model.db")}", folder.Path);
        await using (var fromModel = new AppDbContext(options.Options))
        {
            await fromModel.Database.EnsureCreatedAsync();
        }

        var expected = Describe($"Data Source={folder.File("model.db")}");
        var actual = Describe(migrated.ConnectionString);

        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (table, shape) in expected) Assert.Equal(shape, actual[table]);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Migrations_WhenRunTwice_AreANoOp()
    {
        using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    /// <summary>table → sorted lines describing its columns and indexes.</summary>
    private static Dictionary<string, string> Describe(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'")
            .Select(r => r[0]).ToList();
        var result = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            var lines = Query(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')")
                .Select(r => $"column {string.Join(" ", r)}").ToList();
            lines.AddRange(Query(connection, $"SELECT name, \"unique\", partial FROM pragma_index_list('{table}')")
                .Select(r => $"index {string.Join(" ", r)} on {string.Join(",", Query(connection, $"SELECT name FROM pragma_index_info('{r[0]}')").Select(c => c[0]))}"));
            lines.AddRange(Query(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')")
                .Select(r => $"fk {string.Join(" ", r)}"));
            result[table] = string.Join("\n", lines.Order(StringComparer.Ordinal));
        }
        return result;
    }

    private static List<string[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray());
        }
        return rows;
    }
}
