using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Keyless;

/// <summary>Search analytics count what searches started from: a song, an artist or a playlist.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class SeedAnalyticsTests(SeededSiteFixture fixture)
{
    [Fact]
    public async Task Searches_CountSongArtistAndPlaylistSeedsApart()
    {
        var before = Seeds(await ReportAsync());
        var listener = Browsing.Start(fixture.Site);
        await listener.RecommendAsync("Shape of You Ed Sheeran");
        await listener.RecommendAsync("Coldplay");
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/playlists/recommendations?catalog=anime")
        {
            Content = new StringContent(PlaylistFiles.TrackUriCsv(PlaylistFiles.CatalogSongs(fixture.Site, 4, skip: 60)), Encoding.UTF8, "text/csv"),
        })
        {
            request.Headers.Add("X-XSRF-TOKEN", await listener.TokenAsync());
            using var response = await listener.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var admin = await Browsing.AdminAsync(fixture.Site, "seeds-admin@example.com");
        var after = Seeds(await admin.Http.GetFromJsonAsync<JsonElement>("/api/admin/searches?days=7"));
        var page = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/Admin/Searches"));

        Assert.True(after["song"] >= before["song"] + 1);
        Assert.True(after["artist"] >= before["artist"] + 1);
        Assert.True(after["playlist"] >= before["playlist"] + 1);
        Assert.Equal(1, fixture.Site.Scalar("SELECT COUNT(*) FROM Searches WHERE Seed = 'artist' AND Text = 'Coldplay' AND Artists = 'Coldplay'") > 0 ? 1 : 0);
        Assert.Contains("Started from", page, StringComparison.Ordinal);
        Assert.Contains("data-seed=\"playlist\"", page, StringComparison.Ordinal);

        async Task<JsonElement> ReportAsync() => await (await Browsing.AdminAsync(fixture.Site, "seeds-admin@example.com")).Http.GetFromJsonAsync<JsonElement>("/api/admin/searches?days=7");
    }

    private static Dictionary<string, long> Seeds(JsonElement report) =>
        report.GetProperty("seeds").EnumerateArray().ToDictionary(s => s.GetProperty("seed").GetString()!, s => s.GetProperty("searches").GetInt64());
}
