using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MusicRecommender.TestSupport;
using Xunit.Abstractions;

namespace MusicRecommender.Scale.Tests;

/// <summary>
/// Issue 15 part 1 keeps "an acknowledged list is stored": with group commit, 16 raters asking for lists and
/// rating them while the site is killed with SIGKILL at random moments, every impression and rating the site
/// acknowledged (200) is in the database after the restart, exactly once. A real site process on SQLite.
/// </summary>
public sealed class KillDurabilityTests(ITestOutputHelper output) : IDisposable
{
    private const int Raters = 16;
    private const int Kills = 3;
    private static readonly string[] Songs = ["Shape of You", "Blinding Lights", "Bad Guy", "Levitating", "Someone Like You", "Uptown Funk"];

    private readonly TempFolder _folder = new("musicrec-kill");
    private readonly List<SiteProcess> _sites = [];

    [Fact]
    public async Task Site_KilledMidWrite_KeepsEveryAcknowledgedImpressionAndRatingOnce()
    {
        var impressions = new ConcurrentDictionary<string, byte>();
        var ratings = new ConcurrentDictionary<(string Impression, int Track), int>();
        try
        {
            var site = await StartAsync("first");
            for (var kill = 0; kill < Kills; kill++)
            {
                using var stop = new CancellationTokenSource();
                var raters = Enumerable.Range(0, Raters).Select(r => RateUntilStoppedAsync(site, r, impressions, ratings, stop.Token)).ToArray();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2_000, 6_000)));
                await site.KillAsync();
                await stop.CancelAsync();
                await Task.WhenAll(raters);
                output.WriteLine($"kill {kill + 1}: {impressions.Count} impressions and {ratings.Count} ratings acknowledged so far");
                site = await StartAsync("after-kill-" + (kill + 1));
            }
            await site.KillAsync();
        }
        catch
        {
            foreach (var site in _sites) output.WriteLine(site.Tail(60));
            throw;
        }

        Assert.True(impressions.Count > Raters, $"only {impressions.Count} impressions were acknowledged");
        Assert.NotEmpty(ratings);
        using var connection = new SqliteConnection($"Data Source={_folder.File("musicrec.db")};Pooling=False");
        connection.Open();
        var stored = Rows(connection, "SELECT \"Id\", COUNT(*) FROM \"Impressions\" GROUP BY \"Id\"").ToDictionary(r => r[0].ToUpperInvariant(), r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
        var missing = impressions.Keys.Where(id => !stored.ContainsKey(id.ToUpperInvariant())).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {impressions.Count} acknowledged impressions are missing");
        Assert.All(impressions.Keys, id => Assert.Equal(1, stored[id.ToUpperInvariant()]));
        var starsStored = Rows(connection, "SELECT \"ImpressionId\", \"TrackId\", \"Stars\", COUNT(*) OVER (PARTITION BY \"ImpressionId\", \"TrackId\") FROM \"Ratings\"")
            .ToDictionary(r => (r[0].ToUpperInvariant(), int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)), r => (Stars: int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), Count: int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)));
        var lost = ratings.Where(r => !starsStored.TryGetValue((r.Key.Impression.ToUpperInvariant(), r.Key.Track), out var s) || s.Stars != r.Value || s.Count != 1).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {ratings.Count} acknowledged ratings are missing, changed or duplicated");
        output.WriteLine($"{impressions.Count} acknowledged impressions and {ratings.Count} acknowledged ratings, all stored once");
    }

    /// <summary>One rater: a list, then a rating of each of its first three items, over and over until the site dies.</summary>
    private static async Task RateUntilStoppedAsync(SiteProcess site, int rater, ConcurrentDictionary<string, byte> impressions,
        ConcurrentDictionary<(string, int), int> ratings, CancellationToken stop)
    {
        var visitor = new Visitor();
        try
        {
            var token = await visitor.AntiforgeryTokenAsync(site);
            for (var round = 0; !stop.IsCancellationRequested; round++)
            {
                using var http = visitor.On(site);
                using var response = await http.GetAsync($"/api/recommendations?q={Uri.EscapeDataString(Songs[(rater + round) % Songs.Length])}&catalog={(round % 2 == 0 ? "anime" : "kpop")}&top=5", stop);
                if (response.StatusCode != HttpStatusCode.OK) continue;
                var list = await response.Content.ReadFromJsonAsync<JsonElement>(stop);
                if (list.GetProperty("impressionId").GetString() is not { } id) continue;
                impressions.TryAdd(id, 0);
                foreach (var item in list.GetProperty("items").EnumerateArray().Take(3))
                {
                    var trackId = item.GetProperty("trackId").GetInt32();
                    var stars = 1 + (rater + trackId) % 5;
                    using var rated = await visitor.RateAsync(site, token, id, trackId, stars);
                    if (rated.StatusCode == HttpStatusCode.OK) ratings[(id, trackId)] = stars;
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException or JsonException)
        {
            // The site died under this rater: what it acknowledged before is what counts.
        }
    }

    private async Task<SiteProcess> StartAsync(string name)
    {
        var site = SiteProcess.Start(name, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={_folder.File("musicrec.db")}",
            ["Catalog:SeedPath"] = SharedData.DataFolder,
            ["Catalog:SeedOnStartup"] = "true",
            ["DataProtection:KeysPath"] = _folder.File("keys"),
            ["RateLimiting:ApiPermitsPerMinute"] = "100000",
            ["RateLimiting:ListsPerMinute"] = "100000",
            ["RateLimiting:WritesPerMinute"] = "100000",
            ["Experiments:StartDefault"] = "true",
            ["Spotify:ApiBaseUrl"] = OutsideServices.ClosedPort,
            ["Spotify:AccountsBaseUrl"] = OutsideServices.ClosedPort,
            ["Features:ReccoBeatsBaseUrl"] = OutsideServices.ClosedPort,
            ["Retraining:CatchUpOnStart"] = "false",
            ["Training:K"] = "4",
            ["Training:KMax"] = "12",
            ["Training:NInit"] = "2",
            ["Training:MinSilhouette"] = "0.05",
        });
        _sites.Add(site);
        // The first start imports and trains (minutes on a busy 2-core machine); a restart only loads the models.
        await site.WaitUntilReadyAsync(TimeSpan.FromMinutes(_sites.Count == 1 ? 12 : 3));
        return site;
    }

    private static List<string[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        return rows;
    }

    public void Dispose()
    {
        foreach (var site in _sites) site.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
