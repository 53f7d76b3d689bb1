using System.Net;
using System.Text.Json;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Keyless;

/// <summary>Songs the catalog does not have, found without Spotify keys: ReccoBeats' artist search → the artist's tracks.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class KeylessLookupTests(SeededSiteFixture fixture)
{
    [Theory]
    [InlineData("Flowers Miley Cyrus", "Flowers", "Miley Cyrus")]
    [InlineData("Espresso Sabrina Carpenter", "Espresso", "Sabrina Carpenter")]
    [InlineData("Anti-Hero Taylor Swift", "Anti-Hero", "Taylor Swift")]
    public async Task Recommendations_WithoutSpotifyKeys_FindTheSongOnReccoBeatsThenServeItLocally(string text, string title, string artist)
    {
        var listener = Browsing.Start(fixture.Site);

        var first = await listener.RecommendAsync(text);
        var calls = fixture.Fake!.Requests.Count;
        var second = await listener.RecommendAsync(text);

        var query = first.GetProperty("query");
        Assert.Equal(("reccobeats", "track", title, artist), (Text(query, "source"), Text(query, "kind"), Text(query, "title"), Text(query, "artists")));
        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        Assert.Empty(query.GetProperty("alternatives").EnumerateArray());
        var trackId = query.GetProperty("trackId").GetInt32();
        Assert.Equal(1, fixture.Site.Scalar($"SELECT COUNT(*) FROM Tracks WHERE Id = {trackId} AND Source = 'reccobeats' AND Catalogs = 4"));
        Assert.Equal(("local", trackId), (Text(second.GetProperty("query"), "source"), second.GetProperty("query").GetProperty("trackId").GetInt32()));
        Assert.Equal(calls, fixture.Fake!.Requests.Count);
    }

    [Fact]
    public async Task Results_WithoutSpotifyKeys_FindTheSongOnReccoBeatsThenServeItLocally()
    {
        var listener = Browsing.Start(fixture.Site);
        const string url = "/results?q=Vampire%20Olivia%20Rodrigo&catalog=anime";

        var first = WebUtility.HtmlDecode(await listener.Http.GetStringAsync(url));
        var calls = fixture.Fake!.Requests.Count;
        var second = WebUtility.HtmlDecode(await listener.Http.GetStringAsync(url));

        Assert.Contains("Vampire <span class=\"artists\">Olivia Rodrigo</span>", first, StringComparison.Ordinal);
        Assert.Contains("Features from ReccoBeats", first, StringComparison.Ordinal);
        Assert.Equal(10, Count(first, "class=\"recommendation\""));
        Assert.Contains("Features from our catalog", second, StringComparison.Ordinal);
        Assert.Equal(10, Count(second, "class=\"recommendation\""));
        Assert.Equal(calls, fixture.Fake!.Requests.Count);
    }

    [Fact]
    public async Task Recommendations_WhenNoSourceKnowsTheSong_Answer404InPlainWords()
    {
        var listener = Browsing.Start(fixture.Site);

        using var response = await listener.Http.GetAsync("/api/recommendations?q=Zorblax%20Quibble%20Nobody%20Sings&catalog=anime");
        var html = WebUtility.HtmlDecode(await listener.Http.GetStringAsync("/results?q=Zorblax%20Quibble%20Nobody%20Sings&catalog=anime"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var detail = Text(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, "detail");
        Assert.Contains("We could not find it online either", detail, StringComparison.Ordinal);
        Assert.Contains("We could not find it online either", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/explore?catalog=anime\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"paste-link\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Spotify:ClientId", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommendations_WhenABareTitleMatchesSeveralSongs_AnswerTheBestWithTheOthersAsAlternatives()
    {
        var listener = Browsing.Start(fixture.Site);

        var json = await listener.RecommendAsync("Flowers");

        var query = json.GetProperty("query");
        Assert.Equal(("track", "Flowers"), (Text(query, "kind"), Text(query, "title")));
        var alternatives = query.GetProperty("alternatives").EnumerateArray().ToList();
        Assert.True(alternatives.Count >= 2, $"{alternatives.Count} alternatives");
        Assert.All(alternatives, a => Assert.Equal("flowers", Domain.Catalog.SongTitle.Parse(Text(a, "title")).Key));
        var ids = alternatives.Select(a => a.GetProperty("trackId").GetInt32()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.DoesNotContain(query.GetProperty("trackId").GetInt32(), ids);
        // The obscure band named "Flowers" does not take the better-known songs' place.
        Assert.DoesNotContain(alternatives, a => Text(a, "artists") == "Flowers");
        Assert.Equal(10, json.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Results_WhenTitleAndArtistNameOneSong_HasNoAlternatives()
    {
        var listener = Browsing.Start(fixture.Site);

        var json = await listener.RecommendAsync("Shape of You Ed Sheeran");

        Assert.Empty(json.GetProperty("query").GetProperty("alternatives").EnumerateArray());
        Assert.Equal("local", Text(json.GetProperty("query"), "source"));
    }

    internal static string? Text(JsonElement json, string name) => json.GetProperty(name).GetString();

    internal static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
