using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MusicRecommender.TestSupport.Spotify;
using MusicRecommender.Web.Tests.Feedback;
using static MusicRecommender.Web.Tests.Keyless.KeylessLookupTests;

namespace MusicRecommender.Web.Tests.Keyless;

/// <summary><c>POST /api/playlists/recommendations</c> with Exportify files and id lists, on the keyless site.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class PlaylistApiTests(SeededSiteFixture fixture)
{
    private static readonly string Unknown = FakeSong.IdFor(399);

    [Fact]
    public async Task Post_WhenAnExportifyCsvHas25CatalogSongsAndOneUnknown_Recommends10NewSongsAndListsTheUnknownRow()
    {
        var visitor = Browsing.Start(fixture.Site);
        var songs = PlaylistFiles.CatalogSongs(fixture.Site, 25);
        var csv = PlaylistFiles.TrackUriCsv([.. songs, new CatalogSong(Unknown, "Never Released", "Nobody At All")]);

        var (status, json) = await PostAsync(visitor, csv, "text/csv", "kpop");

        Assert.Equal(HttpStatusCode.OK, status);
        var playlist = json.GetProperty("playlist");
        Assert.Equal((26, 25), (playlist.GetProperty("tracks").GetInt32(), playlist.GetProperty("matched").GetInt32()));
        var unmatched = Assert.Single(playlist.GetProperty("unmatched").EnumerateArray());
        Assert.Equal((26, "Never Released", "Nobody At All"), (unmatched.GetProperty("row").GetInt32(), Text(unmatched, "title"), Text(unmatched, "artists")));
        Assert.Equal("no audio features found", Text(unmatched, "reason"));
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(10, items.Count);
        Assert.DoesNotContain(items, i => songs.Any(s => s.SpotifyId == Text(i, "spotifyId")));
        Assert.Equal(10, items.Select(i => i.GetProperty("trackId").GetInt32()).Distinct().Count());
        Assert.Equal(items.OrderByDescending(i => i.GetProperty("similarity").GetDouble()).Select(i => i.GetProperty("rank").GetInt32()), items.Select(i => i.GetProperty("rank").GetInt32()));
        Assert.NotNull(Text(json, "variant"));

        // The list is an impression like any other: its picks can be rated.
        using var rated = await visitor.RateAsync(Text(json, "impressionId")!, items[0].GetProperty("trackId").GetInt32(), 4);
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
    }

    [Fact]
    public async Task Post_WhenThePlaylistHoldsTargetCatalogSongs_NeverRecommendsThemBack()
    {
        var visitor = Browsing.Start(fixture.Site);
        var kpop = PlaylistFiles.CatalogSongs(fixture.Site, 15, catalogs: 2);

        var (_, json) = await PostAsync(visitor, PlaylistFiles.TrackUriCsv(kpop), "text/csv", "kpop");

        Assert.Equal(15, json.GetProperty("playlist").GetProperty("matched").GetInt32());
        var items = json.GetProperty("items").EnumerateArray().Select(i => Text(i, "spotifyId")).ToList();
        Assert.Equal(10, items.Count);
        Assert.Empty(items.Intersect(kpop.Select(s => s.SpotifyId)));
    }

    [Fact]
    public async Task Post_WhenTheSpotifyIdLayoutCarriesFeatures_UsesTheFilesFeaturesForSongsNoOneKnows()
    {
        var visitor = Browsing.Start(fixture.Site);
        var csv = PlaylistFiles.SpotifyIdCsvWithFeatures(Enumerable.Range(0, 6).Select(i =>
            (FakeSong.IdFor(380 + i), $"Private Demo {i}", "Garage Band", FakeSong.FeaturesFor(i))));
        var searches = fixture.Fake!.Count("/reccobeats/");

        var (status, json) = await PostAsync(visitor, csv, "text/csv", "anime");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(6, json.GetProperty("playlist").GetProperty("matched").GetInt32());
        Assert.Equal(10, json.GetProperty("items").GetArrayLength());
        Assert.Equal(searches, fixture.Fake!.Count("/reccobeats/"));
    }

    [Fact]
    public async Task Post_WhenJsonSpotifyIds_RecommendsForThem()
    {
        var visitor = Browsing.Start(fixture.Site);
        var ids = PlaylistFiles.CatalogSongs(fixture.Site, 5, skip: 30).Select(s => s.SpotifyId).ToList();

        var (status, json) = await PostAsync(visitor, JsonSerializer.Serialize(new { spotifyIds = ids }), "application/json", "anime", top: 5);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((5, 5), (json.GetProperty("playlist").GetProperty("tracks").GetInt32(), json.GetProperty("playlist").GetProperty("matched").GetInt32()));
        Assert.Equal(5, json.GetProperty("items").GetArrayLength());
    }

    public static TheoryData<string, byte[], string> BadBodies()
    {
        var random = new byte[200 * 1024];
        new Random(7).NextBytes(random);
        return new TheoryData<string, byte[], string>
        {
            { "random bytes", random, "not text" },
            { "empty", [], "empty" },
            { "header-less", Encoding.UTF8.GetBytes("\"spotify:track:7qiZfU4dY1lWllzX7mPBI3\",\"Shape of You\",\"Ed Sheeran\"\n"), "no header row" },
            { "not Exportify", Encoding.UTF8.GetBytes("title,artist\nShape of You,Ed Sheeran\n"), "not an Exportify export" },
            { "oversized", Encoding.UTF8.GetBytes(new string('a', 2 * 1024 * 1024 + 1)), "larger than" },
        };
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_WhenTheBodyIsNotAPlaylist_Answers400NamingTheProblemAndStoresNothing(string what, byte[] body, string problem)
    {
        var visitor = Browsing.Start(fixture.Site);
        var before = (fixture.Site.Scalar("SELECT COUNT(*) FROM Impressions"), fixture.Site.Scalar("SELECT COUNT(*) FROM Searches"), fixture.Site.Scalar("SELECT COUNT(*) FROM Tracks"));

        using var response = await SendAsync(visitor, new ByteArrayContent(body) { Headers = { ContentType = new("text/csv") } }, "anime");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The playlist could not be read.", Text(json, "title"));
        Assert.Contains(problem, Text(json, "detail"), StringComparison.Ordinal);
        Assert.Equal(before, (fixture.Site.Scalar("SELECT COUNT(*) FROM Impressions"), fixture.Site.Scalar("SELECT COUNT(*) FROM Searches"), fixture.Site.Scalar("SELECT COUNT(*) FROM Tracks")));
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_Answers400AndStoresNothing()
    {
        var visitor = Browsing.Start(fixture.Site);
        var impressions = fixture.Site.Scalar("SELECT COUNT(*) FROM Impressions");
        var csv = PlaylistFiles.TrackUriCsv(PlaylistFiles.CatalogSongs(fixture.Site, 3));

        using var response = await SendAsync(visitor, new StringContent(csv, Encoding.UTF8, "text/csv"), "anime", withToken: false);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("antiforgery", Text(json, "title"), StringComparison.Ordinal);
        Assert.Equal(impressions, fixture.Site.Scalar("SELECT COUNT(*) FROM Impressions"));
    }

    [Theory]
    [InlineData("", "catalog")]
    [InlineData("catalog=jazz", "catalog")]
    [InlineData("catalog=anime&top=0", "top")]
    public async Task Post_WhenParametersAreInvalid_Answers400NamingThem(string query, string parameter)
    {
        var visitor = Browsing.Start(fixture.Site);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/playlists/recommendations?{query}") { Content = new StringContent("x", Encoding.UTF8, "text/csv") };
        request.Headers.Add("X-XSRF-TOKEN", await visitor.TokenAsync());

        using var response = await visitor.Http.SendAsync(request);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(json.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> PostAsync(Browsing visitor, string body, string contentType, string catalog, int top = 10)
    {
        using var response = await SendAsync(visitor, new StringContent(body, Encoding.UTF8, contentType), catalog, top: top);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static async Task<HttpResponseMessage> SendAsync(Browsing visitor, HttpContent content, string catalog, bool withToken = true, int top = 10)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/playlists/recommendations?catalog={catalog}&top={top}") { Content = content };
        if (withToken) request.Headers.Add("X-XSRF-TOKEN", await visitor.TokenAsync());
        return await visitor.Http.SendAsync(request);
    }
}
