using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MusicRecommender.Web.Tests.Feedback;

[Collection(SeededSiteCollection.Name)]
public sealed class SearchAnalyticsTests(SeededSiteFixture fixture)
{
    [Fact]
    public async Task Searches_WhenListenersSearch_ShowUpAsTopSongsArtistsCatalogsAndDays()
    {
        // 30 listeners: one listener asking for the identical list again within the repeat window reuses it (no new search row).
        for (var i = 0; i < 30; i++) await Browsing.Start(fixture.Site).RecommendAsync("Uptown Funk Bruno Mars", i % 2 == 0 ? "anime" : "kpop");
        var listener = Browsing.Start(fixture.Site);
        using var miss = await listener.Http.GetAsync("/api/recommendations?q=zzqx%20no%20such%20song&catalog=anime");
        var admin = await Browsing.AdminAsync(fixture.Site);

        var report = await admin.Http.GetFromJsonAsync<JsonElement>("/api/admin/searches?days=7");
        var page = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/Admin/Searches"));

        Assert.Equal(HttpStatusCode.NotFound, miss.StatusCode);
        var song = report.GetProperty("topSongs").EnumerateArray().First(s => s.GetProperty("title").GetString()!.StartsWith("Uptown Funk", StringComparison.Ordinal));
        Assert.True(song.GetProperty("searches").GetInt64() >= 30);
        Assert.Contains(report.GetProperty("topArtists").EnumerateArray(), a => a.GetProperty("artist").GetString() == "Bruno Mars" && a.GetProperty("searches").GetInt64() >= 30);
        Assert.Contains(report.GetProperty("topMisses").EnumerateArray(), m => m.GetProperty("text").GetString() == "zzqx no such song");
        var catalogs = report.GetProperty("catalogs").EnumerateArray().ToDictionary(c => c.GetProperty("catalog").GetString()!, c => c.GetProperty("searches").GetInt64());
        Assert.True(catalogs["anime"] >= 15 && catalogs["kpop"] >= 15);
        Assert.Equal(report.GetProperty("searches").GetInt64(), fixture.Site.Scalar("SELECT COUNT(*) FROM Searches"));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(report.GetProperty("perDay").EnumerateArray(), d => d.GetProperty("day").GetString() == today && d.GetProperty("searches").GetInt64() >= 31);
        Assert.NotEqual(JsonValueKind.Null, report.GetProperty("lastSearchAt").ValueKind);
        Assert.Contains("Bruno Mars", page, StringComparison.Ordinal);
        Assert.Contains("zzqx no such song", page, StringComparison.Ordinal);
    }
}
