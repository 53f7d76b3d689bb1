using Microsoft.Data.Sqlite;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests.Hardening;

/// <summary>
/// A site of its own (own settings, own rate-limit buckets) on a copy of the shared seeded SQLite
/// database, so it starts with the catalog and both models instead of importing and training again.
/// </summary>
internal sealed class SeededCopy : IDisposable
{
    private SeededCopy(TempFolder folder, SiteFactory site) => (Folder, Site) = (folder, site);

    /// <summary>The folder holding the copied database (musicrec.db) and nothing else.</summary>
    public TempFolder Folder { get; }

    public SiteFactory Site { get; }

    public string DatabasePath => Folder.File("musicrec.db");

    public static Task<SeededCopy> StartAsync(SiteFactory seeded, IDictionary<string, string?>? settings = null) =>
        StartAsync(seeded, new TempFolder("musicrec-copy"), settings);

    /// <summary>As above, with the copy in <paramref name="folder"/> (a small file system of its own, say); the copy owns it.</summary>
    public static async Task<SeededCopy> StartAsync(SiteFactory seeded, TempFolder folder, IDictionary<string, string?>? settings = null)
    {
        await using (var connection = new SqliteConnection(seeded.ConnectionString))
        {
            await connection.OpenAsync();
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $path";
            vacuum.Parameters.AddWithValue("$path", folder.File("musicrec.db"));
            await vacuum.ExecuteNonQueryAsync();
        }
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:Default"] = $"Data Source={folder.File("musicrec.db")}",
        };
        var site = new SiteFactory(seed: false, settings: all);
        await site.WaitUntilReadyAsync();
        return new SeededCopy(folder, site);
    }

    /// <summary>A SQL scalar on the copied database (the factory's own Scalar reads its default file).</summary>
    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A SQL text scalar on the copied database.</summary>
    public string? Text(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }

    public void Dispose()
    {
        Site.Dispose();
        SqliteConnection.ClearAllPools();
        Folder.Dispose();
    }
}
