using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests.Api;

/// <summary>The recommendations API contract, run against the site on SQLite and on PostgreSQL.</summary>
public abstract class RecommendationsApiTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("anime", 1)]
    [InlineData("kpop", 2)]
    public async Task Get_WhenQueryIsAKnownSong_ReturnsTenTracksOfTheCatalogBestFirst(string catalog, int flag)
    {
        var json = await GetJsonAsync($"/api/recommendations?q=Shape%20of%20You&catalog={catalog}&top=10");

        Assert.Equal("Shape of You", json.GetProperty("query").GetProperty("title").GetString());
        Assert.Equal("Ed Sheeran", json.GetProperty("query").GetProperty("artists").GetString());
        Assert.Equal(9, json.GetProperty("query").GetProperty("features").EnumerateObject().Count());
        Assert.Equal(catalog, json.GetProperty("catalog").GetString());
        Assert.True(json.GetProperty("modelVersion").GetInt32() >= 1);
        Assert.True(json.GetProperty("cluster").GetInt32() >= 0);
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(10, items.Count);
        var similarities = items.Select(i => i.GetProperty("similarity").GetDouble()).ToList();
        Assert.Equal(similarities.OrderByDescending(s => s), similarities);
        foreach (var item in items)
        {
            var trackId = item.GetProperty("trackId").GetInt32();
            Assert.Equal(flag, site.Scalar($"SELECT \"Catalogs\" & {flag} FROM \"Tracks\" WHERE \"Id\" = {trackId}"));
            var spotifyId = item.GetProperty("spotifyId").GetString();
            Assert.Equal($"https://open.spotify.com/track/{spotifyId}", item.GetProperty("spotifyUrl").GetString());
            Assert.False(string.IsNullOrEmpty(item.GetProperty("title").GetString()));
            Assert.True(item.TryGetProperty("artists", out _));
        }
    }

    [Fact]
    public async Task Get_WhenSongIsNamedFourWays_RanksTheSameTracks()
    {
        var byText = await GetJsonAsync("/api/recommendations?q=Shape%20of%20You%20Ed%20Sheeran&catalog=anime");
        var trackId = byText.GetProperty("query").GetProperty("trackId").GetInt32();
        var spotifyId = byText.GetProperty("query").GetProperty("spotifyId").GetString();
        var features = byText.GetProperty("query").GetProperty("features").EnumerateObject()
            .Select(p => $"{p.Name}={p.Value.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        var byTrack = await GetJsonAsync($"/api/recommendations?trackId={trackId}&catalog=anime");
        var bySpotify = await GetJsonAsync($"/api/recommendations?spotifyId={spotifyId}&catalog=anime");
        var byFeatures = await GetJsonAsync($"/api/recommendations?{string.Join("&", features)}&catalog=anime");

        Assert.Equal(Ids(byText), Ids(byTrack));
        Assert.Equal(Ids(byText), Ids(bySpotify));
        Assert.Equal(Ids(byText), Ids(byFeatures));
    }

    [Fact]
    public async Task Get_WhenExactModeIsAsked_FindsAtLeastAsSimilarTracksAsOneCluster()
    {
        var cluster = await GetJsonAsync("/api/recommendations?q=Shape%20of%20You&catalog=kpop&top=10");
        var exact = await GetJsonAsync("/api/recommendations?q=Shape%20of%20You&catalog=kpop&top=10&exact=true");
        var probed = await GetJsonAsync("/api/recommendations?q=Shape%20of%20You&catalog=kpop&top=10&nprobe=3");

        double Last(JsonElement json) => json.GetProperty("items").EnumerateArray().Last().GetProperty("similarity").GetDouble();
        double First(JsonElement json) => json.GetProperty("items").EnumerateArray().First().GetProperty("similarity").GetDouble();
        Assert.True(Last(exact) >= Last(probed) - 1e-9);
        Assert.True(Last(probed) >= Last(cluster) - 1e-9);
        Assert.True(First(exact) >= First(cluster) - 1e-9);
    }

    [Fact]
    public async Task Get_WhenQueryTrackIsInTheTargetCatalog_LeavesItOut()
    {
        var animeTrack = site.Scalar("SELECT \"Id\" FROM \"Tracks\" WHERE (\"Catalogs\" & 1) != 0 AND \"Tempo\" > 0 ORDER BY \"Id\" LIMIT 1");

        var json = await GetJsonAsync($"/api/recommendations?trackId={animeTrack}&catalog=anime&top=20");

        Assert.DoesNotContain((int)animeTrack, Ids(json));
    }

    [Theory]
    [InlineData("/api/recommendations?q=Shape", "catalog")]
    [InlineData("/api/recommendations?catalog=anime", "query")]
    [InlineData("/api/recommendations?catalog=anime&q=Shape&trackId=5", "query")]
    [InlineData("/api/recommendations?catalog=jazz&q=Shape", "catalog")]
    [InlineData("/api/recommendations?catalog=anime&q=Shape&top=0", "top")]
    [InlineData("/api/recommendations?catalog=anime&q=Shape&top=101", "top")]
    [InlineData("/api/recommendations?catalog=anime&q=Shape&top=ten", "top")]
    [InlineData("/api/recommendations?catalog=anime&q=Shape&top=5&top=6", "top")]
    [InlineData("/api/recommendations?catalog=anime&danceability=0.5", "features")]
    [InlineData("/api/recommendations?catalog=anime&danceability=1.5&energy=0.5&loudness=-5&speechiness=0.1&acousticness=0.1&instrumentalness=0&liveness=0.1&valence=0.5&tempo=120", "danceability")]
    [InlineData("/api/recommendations?catalog=anime&danceability=0.5&energy=0.5&loudness=-5&speechiness=0.1&acousticness=0.1&instrumentalness=0&liveness=0.1&valence=0.5&tempo=999", "tempo")]
    [InlineData("/api/recommendations?catalog=anime&danceability=NaN&energy=0.5&loudness=-5&speechiness=0.1&acousticness=0.1&instrumentalness=0&liveness=0.1&valence=0.5&tempo=120", "danceability")]
    [InlineData("/api/recommendations?catalog=anime&q=", "q")]
    [InlineData("/api/recommendations?catalog=anime&trackId=abc", "trackId")]
    [InlineData("/api/recommendations?catalog=anime&spotifyId=not-an-id", "spotifyId")]
    [InlineData("/api/recommendations?catalog=anime&q=Shape&nprobe=0", "nprobe")]
    [InlineData("/api/recommendations?catalog=anime&q=Shape&exact=maybe", "exact")]
    public async Task Get_WhenInputIsBad_Returns400ProblemNamingIt(string url, string parameter)
    {
        using var response = await _client.GetAsync(url);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task Get_WhenTextIsOver200Characters_Returns400()
    {
        using var response = await _client.GetAsync($"/api/recommendations?catalog=anime&q={new string('a', 201)}");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "q");
    }

    [Theory]
    [InlineData("/api/recommendations?catalog=anime&q=qqqzzzxxxwww")]
    [InlineData("/api/recommendations?catalog=anime&trackId=999999999")]
    [InlineData("/api/recommendations?catalog=kpop&spotifyId=0000000000000000000000")]
    public async Task Get_WhenSongIsUnknown_Returns404Problem(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string parameter)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), $"No error for '{parameter}': {problem}");
        Assert.NotEmpty(messages.EnumerateArray().First().GetString()!);
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<int> Ids(JsonElement json) =>
        json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("trackId").GetInt32()).ToList();
}

[Collection(SeededSiteCollection.Name)]
public sealed class RecommendationsApiOnSqliteTests(SeededSiteFixture fixture) : RecommendationsApiTests(fixture.Site);

[Collection(SeededPostgresSiteCollection.Name)]
public sealed class RecommendationsApiOnPostgresTests(SeededPostgresSiteFixture fixture) : RecommendationsApiTests(fixture.Site);
