using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Web.Tests.Feedback;
using static MusicRecommender.Web.Tests.Keyless.KeylessLookupTests;

namespace MusicRecommender.Web.Tests.Keyless;

/// <summary>An artist as the seed: by name, or text that names an artist exactly; from the catalog or live.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class ArtistSeedTests(SeededSiteFixture fixture)
{
    [Theory]
    [InlineData("artist=Coldplay")]
    [InlineData("q=Coldplay")]
    [InlineData("q=coldplay")]
    public async Task Recommendations_WhenTheTextNamesAnArtist_RecommendFromTheArtistNotTheSongTitledLikeIt(string seed)
    {
        var listener = Browsing.Start(fixture.Site);
        var songs = await listener.Http.GetFromJsonAsync<JsonElement>("/api/tracks/search?q=coldplay&limit=20");

        using var response = await listener.Http.GetAsync($"/api/recommendations?{seed}&catalog=kpop");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Lizzo's song "Coldplay" is in the catalog, and it is not what the listener means.
        Assert.Contains(songs.EnumerateArray(), s => Text(s, "title") == "Coldplay" && Text(s, "artists") == "Lizzo");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var query = json.GetProperty("query");
        Assert.Equal(("artist", "Coldplay", "", "local"), (Text(query, "kind"), Text(query, "artists"), Text(query, "title"), Text(query, "source")));
        Assert.Equal(JsonValueKind.Null, query.GetProperty("trackId").ValueKind);
        Assert.Empty(query.GetProperty("alternatives").EnumerateArray());
        Assert.Equal(10, json.GetProperty("items").GetArrayLength());
        Assert.NotEmpty(json.GetProperty("similarArtists").EnumerateArray());
    }

    [Fact]
    public async Task Results_WhenTheTextNamesAnArtist_ReadBecauseYouLikeTheArtistAndListArtistsLikeThis()
    {
        var listener = Browsing.Start(fixture.Site);

        var html = WebUtility.HtmlDecode(await listener.Http.GetStringAsync("/results?q=Coldplay&catalog=kpop"));

        // The heading reads "Because you like Coldplay" (the first words styled apart, as for a song).
        Assert.Contains("data-kind=\"artist\"><span class=\"because\">Because you like</span> Coldplay</h1>", html, StringComparison.Ordinal);
        Assert.Equal(10, Count(html, "class=\"recommendation\""));
        Assert.Contains("id=\"similar-artists\"", html, StringComparison.Ordinal);
        Assert.Contains("K-pop artists like this", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/results?artist=Coldplay&catalog=anime\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommendations_WhenTheArtistIsInTheTargetCatalog_LeaveTheirOwnSongsOut()
    {
        var listener = Browsing.Start(fixture.Site);

        var json = await listener.RecommendAsync("BTS", "kpop");

        Assert.Equal("artist", Text(json.GetProperty("query"), "kind"));
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(10, items.Count);
        Assert.DoesNotContain(items, i => Domain.Catalog.SongMatch.Credits(Text(i, "artists"), ArtistCredit.Key("BTS")));
        Assert.DoesNotContain(json.GetProperty("similarArtists").EnumerateArray(), a => ArtistCredit.Key(Text(a, "name")) == "bts");
    }

    [Fact]
    public async Task Recommendations_WhenTheArtistIsOnlyOnReccoBeats_FetchTheirSongsThenServeThemLocally()
    {
        var listener = Browsing.Start(fixture.Site);

        var first = await Get(listener, "/api/recommendations?artist=nimbus%20quartet&catalog=anime");
        var calls = fixture.Fake!.Requests.Count;
        var second = await Get(listener, "/api/recommendations?artist=Nimbus%20Quartet&catalog=anime");

        Assert.Equal(("artist", "Nimbus Quartet", "reccobeats"), (Text(first.GetProperty("query"), "kind"), Text(first.GetProperty("query"), "artists"), Text(first.GetProperty("query"), "source")));
        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        Assert.Equal(KeylessSongs.Nimbus.Length, fixture.Site.Scalar("SELECT COUNT(*) FROM Tracks WHERE Artists = 'Nimbus Quartet' AND Source = 'reccobeats'"));
        Assert.Equal("local", Text(second.GetProperty("query"), "source"));
        Assert.Equal(calls, fixture.Fake!.Requests.Count);
    }

    [Fact]
    public async Task Recommendations_WhenABandIsBetterKnownThanTheSongsTitledLikeIt_RecommendFromTheBand()
    {
        var listener = Browsing.Start(fixture.Site);
        var songs = await listener.Http.GetFromJsonAsync<JsonElement>("/api/tracks/search?q=vampires&limit=20");

        var json = await listener.RecommendAsync("Vampires");

        Assert.Contains(songs.EnumerateArray(), s => Text(s, "title") == "Vampires");
        Assert.Equal(("artist", "Vampires", "reccobeats"), (Text(json.GetProperty("query"), "kind"), Text(json.GetProperty("query"), "artists"), Text(json.GetProperty("query"), "source")));
        Assert.Equal(10, json.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Recommendations_WhenNoArtistHasTheName_Answer404SayingSo()
    {
        var listener = Browsing.Start(fixture.Site);

        using var response = await listener.Http.GetAsync("/api/recommendations?artist=Qwzx%20Nobody%20Band&catalog=anime");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find an artist called \"Qwzx Nobody Band\"", Text(problem, "detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/recommendations?catalog=anime&artist=Coldplay&q=Yellow")]
    [InlineData("/api/recommendations?catalog=anime&artist=")]
    public async Task Recommendations_WhenArtistConflictsOrIsEmpty_Answer400(string url)
    {
        using var response = await Browsing.Start(fixture.Site).Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<JsonElement> Get(Browsing listener, string url)
    {
        using var response = await listener.Http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
