using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Infrastructure.Tests.Data;

/// <summary>SQLite's FTS5 search table and its triggers are gone after DropSearchIndex, and its Down brings them back working.</summary>
public sealed class DropSearchIndexMigrationTests
{
    private const string Before = "20261201194153_DropImpressionItems";
    private const string SearchObjects = """SELECT count(*) FROM sqlite_master WHERE name = 'TrackSearchIndex' OR name LIKE 'Tracks_SearchIndex_%'""";

    [Fact]
    public async Task DropSearchIndex_OnSqlite_DropsTheFtsTableAndTriggersAndDownRestoresThem()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var migrator = db.GetService<IMigrator>();

        Assert.Equal(0, await CountAsync(db, SearchObjects));

        await migrator.MigrateAsync(Before);
        Assert.Equal(4, await CountAsync(db, SearchObjects));
        db.Tracks.Add(new Track { SpotifyId = "x1", Title = "Gurenge", Artists = "LiSA", Source = "test", SearchText = "gurenge lisa", UpdatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        Assert.Equal(1, await CountAsync(db, """SELECT count(*) FROM "TrackSearchIndex" WHERE "SearchText" MATCH '"uren"'"""));

        await migrator.MigrateAsync();
        Assert.Equal(0, await CountAsync(db, SearchObjects));
        Assert.Equal(1, await CountAsync(db, """SELECT count(*) FROM "Tracks" """));
    }

    private static async Task<long> CountAsync(DbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
