using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Hardening;

/// <summary>
/// Issue 16 part 2: when the database cannot be written, lists are still served (ratings paused, with a
/// notice), ratings answer 503 with Retry-After, readiness answers 503, nothing answers 500; writes resume after.
/// </summary>
[Collection(SeededSiteCollection.Name)]
public sealed class StorageDegradeTests(SeededSiteFixture fixture)
{
    private const string Song = "/api/recommendations?q=Shape+of+You+Ed+Sheeran&catalog=anime";

    [Fact]
    public async Task ReadOnlyDatabase_UnderARunningSite_ServesListsPausesRatingsAndResumes()
    {
        using var copy = await SeededCopy.StartAsync(fixture.Site, new Dictionary<string, string?> { ["Storage:ProbeSeconds"] = "1" });
        var visitor = Browsing.Start(copy.Site);
        var before = await visitor.RecommendAsync("Blinding Lights");
        var impression = before.GetProperty("impressionId").GetString()!;
        var trackId = before.GetProperty("items")[0].GetProperty("trackId").GetInt32();
        await visitor.TokenAsync();

        ReadOnlyFiles.Set(copy.Folder.Path, readOnly: true);
        try
        {
            await WaitForReadinessAsync(visitor.Http, HttpStatusCode.ServiceUnavailable);

            var paused = await visitor.Http.GetFromJsonAsync<JsonElement>(Song);
            Assert.Equal(JsonValueKind.Null, paused.GetProperty("impressionId").ValueKind);
            Assert.False(string.IsNullOrEmpty(paused.GetProperty("notice").GetString()));
            Assert.Equal(10, paused.GetProperty("items").GetArrayLength());

            using var page = await visitor.Http.GetAsync("/results?q=Shape+of+You+Ed+Sheeran&catalog=kpop");
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("id=\"ratings-paused\"", html, StringComparison.Ordinal);
            Assert.Contains("https://open.spotify.com/track/", html, StringComparison.Ordinal);

            using var rating = await visitor.RateAsync(impression, trackId, 4);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, rating.StatusCode);
            Assert.Equal("application/problem+json", rating.Content.Headers.ContentType?.MediaType);
            Assert.True(rating.Headers.Contains("Retry-After"));

            using var live = await visitor.Http.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            ReadOnlyFiles.Set(copy.Folder.Path, readOnly: false);
        }

        await WaitForReadinessAsync(visitor.Http, HttpStatusCode.OK);
        var after = await visitor.RecommendAsync("Blinding Lights");
        Assert.Equal(JsonValueKind.String, after.GetProperty("impressionId").ValueKind);
        using var resumed = await visitor.RateAsync(impression, trackId, 4);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        Assert.Equal(4, copy.Scalar($"SELECT \"Stars\" FROM \"Ratings\" WHERE \"ImpressionId\" = '{impression.ToUpperInvariant()}' AND \"TrackId\" = {trackId}"));
    }

    [Fact]
    public async Task DiskBelowTheFreeSpaceMinimum_ServesListsWithoutImpressionsAndIsNotReady()
    {
        // A full disk as the site sees it: less free space than Storage:MinFreeMegabytes (here, more than any test machine has).
        using var copy = await SeededCopy.StartAsync(fixture.Site, new Dictionary<string, string?> { ["Storage:MinFreeMegabytes"] = "1000000", ["Storage:ProbeSeconds"] = "1" });
        var visitor = Browsing.Start(copy.Site);

        await WaitForReadinessAsync(visitor.Http, HttpStatusCode.ServiceUnavailable);
        var before = copy.Scalar("SELECT COUNT(*) FROM \"Impressions\"");
        using var response = await visitor.Http.GetAsync(Song);
        var list = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, list.GetProperty("impressionId").ValueKind);
        Assert.False(string.IsNullOrEmpty(list.GetProperty("notice").GetString()));
        Assert.Equal(before, copy.Scalar("SELECT COUNT(*) FROM \"Impressions\""));
    }

    [Fact]
    public async Task FullDisk_UnderARunningSite_ServesListsPausesRatingsAndResumesOnceThereIsSpace()
    {
        // A real full disk: the copy lives on a tmpfs a little larger than the database, then a file fills it.
        // No free-space margin: the site has to notice the failed writes themselves (SQLITE_FULL).
        var seeded = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(fixture.Site.ConnectionString).DataSource;
        var megabytes = new FileInfo(seeded).Length / (1024 * 1024) + 48;
        using var disk = SmallFileSystem.Mount(megabytes);
        using var copy = await SeededCopy.StartAsync(fixture.Site, new MusicRecommender.TestSupport.TempFolder(disk.Path, "copy"),
            new Dictionary<string, string?> { ["Storage:MinFreeMegabytes"] = "0", ["Storage:ProbeSeconds"] = "1" });
        var visitor = Browsing.Start(copy.Site);
        var before = await visitor.RecommendAsync("Blinding Lights");
        var impression = before.GetProperty("impressionId").GetString()!;
        var trackId = before.GetProperty("items")[0].GetProperty("trackId").GetInt32();
        await visitor.TokenAsync();

        // An empty write-ahead log, so the next write needs new space (overwriting old log pages would not).
        copy.Text("PRAGMA wal_checkpoint(TRUNCATE)");
        var filler = disk.Fill();
        // Lists keep being served while the writes fail; the first failures pause writing.
        for (var i = 0; i < 20; i++)
        {
            using var response = await visitor.Http.GetAsync($"{Song}&top={5 + i % 5}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        await WaitForReadinessAsync(visitor.Http, HttpStatusCode.ServiceUnavailable);
        var paused = await visitor.Http.GetFromJsonAsync<JsonElement>(Song + "&top=7");
        Assert.Equal(JsonValueKind.Null, paused.GetProperty("impressionId").ValueKind);
        Assert.False(string.IsNullOrEmpty(paused.GetProperty("notice").GetString()));
        using (var page = await visitor.Http.GetAsync("/results?q=Shape+of+You+Ed+Sheeran&catalog=kpop"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("id=\"ratings-paused\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var rating = await visitor.RateAsync(impression, trackId, 5))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, rating.StatusCode);
            Assert.Equal("application/problem+json", rating.Content.Headers.ContentType?.MediaType);
            Assert.True(rating.Headers.Contains("Retry-After"));
        }

        File.Delete(filler);
        await WaitForReadinessAsync(visitor.Http, HttpStatusCode.OK);
        var after = await visitor.RecommendAsync("Blinding Lights");
        Assert.Equal(JsonValueKind.String, after.GetProperty("impressionId").ValueKind);
        using var resumed = await visitor.RateAsync(impression, trackId, 5);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        Assert.Equal(5, copy.Scalar($"SELECT \"Stars\" FROM \"Ratings\" WHERE \"ImpressionId\" = '{impression.ToUpperInvariant()}' AND \"TrackId\" = {trackId}"));
        Assert.Equal("ok", copy.Text("PRAGMA integrity_check"));
    }

    [Fact]
    public async Task DeletedDatabaseFile_UnderARunningSite_AcknowledgesNoRatingAndIsNotReady()
    {
        using var copy = await SeededCopy.StartAsync(fixture.Site, new Dictionary<string, string?> { ["Storage:ProbeSeconds"] = "1" });
        var visitor = Browsing.Start(copy.Site);
        var before = await visitor.RecommendAsync("Blinding Lights");
        var impression = before.GetProperty("impressionId").GetString()!;
        var trackId = before.GetProperty("items")[0].GetProperty("trackId").GetInt32();
        await visitor.TokenAsync();

        // The data folder's database removed while the site runs: pooled connections could still write to the deleted file.
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(copy.DatabasePath + suffix);

        using (var rating = await visitor.RateAsync(impression, trackId, 3))
        {
            // Never acknowledged (200) while going to a file nobody will read again.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, rating.StatusCode);
            Assert.Equal("application/problem+json", rating.Content.Headers.ContentType?.MediaType);
        }
        await WaitForReadinessAsync(visitor.Http, HttpStatusCode.ServiceUnavailable);
        // With no file even reads fail: a list the caches can answer is served without an impression, any other is a 503.
        using (var list = await visitor.Http.GetAsync(Song))
        {
            if (list.StatusCode == HttpStatusCode.OK)
                Assert.Equal(JsonValueKind.Null, (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("impressionId").ValueKind);
            else
                Assert.True(list.StatusCode == HttpStatusCode.ServiceUnavailable && list.Headers.Contains("Retry-After"), $"{(int)list.StatusCode}");
        }
        Assert.False(File.Exists(copy.DatabasePath));
    }

    private static async Task WaitForReadinessAsync(HttpClient client, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        HttpStatusCode last;
        do
        {
            using var ready = await client.GetAsync("/healthz/ready");
            last = ready.StatusCode;
            if (last == expected) return;
            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"/healthz/ready answered {last}, not {expected}, within 30 s.");
    }
}
