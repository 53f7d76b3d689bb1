using System.Net;

namespace MusicRecommender.Web.Tests.Pages;

[Collection(SeededSiteCollection.Name)]
public sealed class ResultsPageTests(SeededSiteFixture fixture)
{
    private readonly HttpClient _client = fixture.Site.CreateClient();

    [Fact]
    public async Task Results_WhenSongIsClear_ShowsItAndTenRecommendations()
    {
        var html = await GetOkAsync("/results?q=Shape+of+You+Ed+Sheeran&catalog=kpop");

        Assert.Contains("Shape of You", html, StringComparison.Ordinal);
        Assert.Equal(10, Count(html, "class=\"recommendation\""));
        // One Spotify link per pick (a song's other versions link to theirs inside "N more versions").
        Assert.Equal(10, Count(html, "class=\"open-spotify\" href=\"https://open.spotify.com/track/"));
        Assert.Contains("K-pop", html, StringComparison.Ordinal);
        Assert.Contains("Most like your song in", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_WhenTextIsAmbiguous_AsksWhichSongWasMeant()
    {
        var html = await GetOkAsync("/results?q=love&catalog=anime");

        Assert.Contains("Which song did you mean?", html, StringComparison.Ordinal);
        Assert.True(Count(html, "/results?trackId=") >= 2);
        Assert.Equal(0, Count(html, "class=\"recommendation\""));
    }

    [Fact]
    public async Task Results_WhenSongIsNotInCatalog_SaysSoHelpfully()
    {
        var html = await GetOkAsync("/results?q=qqqzzzxxxwww+song&catalog=anime");

        Assert.Contains("No song in our catalog matches", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_WhenSongIsUnknown_SaysSoInPlainWordsAndOffersExploreAndALinkPaste()
    {
        var html = WebUtility.HtmlDecode(await GetOkAsync("/results?q=qqqzzzxxxwww+moonlight&catalog=kpop"));

        Assert.Contains("No song in our catalog matches \"qqqzzzxxxwww moonlight\".", html, StringComparison.Ordinal);
        Assert.Contains("Check the spelling, or type the title and the artist", html, StringComparison.Ordinal);
        Assert.DoesNotContain("lookup is off", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Spotify:ClientId", html, StringComparison.Ordinal);
        Assert.Contains("id=\"paste-link-form\"", html, StringComparison.Ordinal);
        Assert.Contains("Or paste the song's link from Spotify", html, StringComparison.Ordinal);
        Assert.Contains("Songs in our catalog with similar words", html, StringComparison.Ordinal);
        Assert.Contains("id=\"alternative-songs\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/explore?catalog=kpop\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_WhenSongIsLocal_NamesTheCatalogAsSourceAndDoesNotMentionLiveLookup()
    {
        var html = await GetOkAsync("/results?q=Shape+of+You+Ed+Sheeran&catalog=anime");

        Assert.Contains("Features from our catalog", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Live Spotify lookup", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_WhenGivenTheSpotifyIdOfALocalSong_ServesItLocally()
    {
        var html = await GetOkAsync("/results?spotifyId=7qiZfU4dY1lWllzX7mPBI3&catalog=anime");

        Assert.Contains("Shape of You", html, StringComparison.Ordinal);
        Assert.Contains("Features from our catalog", html, StringComparison.Ordinal);
        Assert.Equal(10, Count(html, "class=\"recommendation\""));
    }

    [Theory]
    [InlineData("/results?spotifyId=<script>alert(1)</script>&catalog=anime")]
    [InlineData("/results?spotifyId=https://evil.example/track/7qiZfU4dY1lWllzX7mPBI3&catalog=anime")]
    [InlineData("/results?q=<script>alert(1)</script>&catalog=anime")]
    [InlineData("/results?trackId=abc&catalog=anime")]
    [InlineData("/results?trackId=-5&catalog=anime")]
    [InlineData("/results?q=Shape&catalog=<b>x</b>")]
    [InlineData("/results?q=%00%01%02&catalog=kpop")]
    public async Task Results_WhenInputIsHostile_AnswersWithoutErrorOrInjection(string url)
    {
        using var response = await _client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url} → {response.StatusCode}");
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_WhenTextIsHuge_AsksToShortenIt()
    {
        var html = await GetOkAsync($"/results?q={new string('x', 5000)}&catalog=anime");

        Assert.Contains("shorten", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ShowsSearchFormWithCatalogChoice()
    {
        var html = await GetOkAsync("/");

        Assert.Contains("id=\"search-form\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"anime\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"kpop\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/catalog/stats")]
    public async Task Responses_CarrySecurityHeaders(string url)
    {
        using var response = await _client.GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    private async Task<string> GetOkAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}");
        return html;
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
