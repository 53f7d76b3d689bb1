using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests.Api;

/// <summary>Catalog statistics, search and health, run against the site on SQLite and on PostgreSQL.</summary>
public abstract class CatalogApiTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Stats_AfterFirstStart_ReportsSeededCatalogsAndAnActiveModelPerCatalog()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/catalog/stats");

        var tracks = json.GetProperty("tracks");
        Assert.True(tracks.GetProperty("anime").GetInt32() >= 1300);
        Assert.True(tracks.GetProperty("kpop").GetInt32() >= 1800);
        Assert.True(tracks.GetProperty("reference").GetInt32() >= 80_000);
        Assert.Equal(site.Scalar("SELECT COUNT(*) FROM \"Tracks\" WHERE (\"Catalogs\" & 1) != 0"), tracks.GetProperty("anime").GetInt32());
        var models = json.GetProperty("models").EnumerateArray().ToList();
        foreach (var catalog in new[] { "anime", "kpop" })
        {
            var active = Assert.Single(models, m => m.GetProperty("catalog").GetString() == catalog && m.GetProperty("active").GetBoolean());
            Assert.True(active.GetProperty("k").GetInt32() >= 2);
            Assert.True(active.GetProperty("silhouette").GetDouble() >= 0.2);
            Assert.True(active.GetProperty("version").GetInt32() >= 1);
            Assert.True(active.GetProperty("trainedAt").GetDateTime() > DateTime.UtcNow.AddHours(-1));
        }
    }

    [Fact]
    public async Task Search_WhenTextMatches_ReturnsTracksWithTheirCatalogs()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/tracks/search?q=shape%20of%20you&limit=3");

        var items = json.EnumerateArray().ToList();
        Assert.InRange(items.Count, 1, 3);
        var first = items[0];
        Assert.Equal("Shape of You", first.GetProperty("title").GetString());
        Assert.Equal("Ed Sheeran", first.GetProperty("artists").GetString());
        Assert.Equal(22, first.GetProperty("spotifyId").GetString()!.Length);
        Assert.True(first.GetProperty("id").GetInt32() > 0);
        Assert.Contains("reference", first.GetProperty("catalogs").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [InlineData("BEYONCE", "Beyoncé")]
    [InlineData("kenshi yonezu lemon", "Kenshi Yonezu")]
    public async Task Search_WhenCaseOrAccentsDiffer_StillMatches(string query, string artist)
    {
        var json = await _client.GetFromJsonAsync<JsonElement>($"/api/tracks/search?q={Uri.EscapeDataString(query)}&limit=5");

        Assert.Contains(json.EnumerateArray(), t => t.GetProperty("artists").GetString()!.Contains(artist, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggest_WhenLiveLookupIsOff_ReturnsTheLocalMatchesMarkedLocal()
    {
        var search = await _client.GetFromJsonAsync<JsonElement>("/api/tracks/search?q=shape%20of%20you&limit=5");
        var suggest = await _client.GetFromJsonAsync<JsonElement>("/api/tracks/suggest?q=shape%20of%20you&limit=5");

        var expected = search.EnumerateArray().Select(t => t.GetProperty("id").GetInt32()).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, suggest.EnumerateArray().Select(t => t.GetProperty("id").GetInt32()));
        Assert.All(suggest.EnumerateArray(), t => Assert.Equal("local", t.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Suggest_WhenTextIsAPastedLink_SuggestsNothing()
    {
        var suggest = await _client.GetFromJsonAsync<JsonElement>("/api/tracks/suggest?q=" + Uri.EscapeDataString("https://open.spotify.com/track/7qiZfU4dY1lWllzX7mPBI3"));

        Assert.Equal(0, suggest.GetArrayLength());
    }

    [Theory]
    [InlineData("/api/tracks/suggest", "q")]
    [InlineData("/api/tracks/suggest?q=abc&limit=21", "limit")]
    [InlineData("/api/tracks/search", "q")]
    [InlineData("/api/tracks/search?q=", "q")]
    [InlineData("/api/tracks/search?q=abc&limit=0", "limit")]
    [InlineData("/api/tracks/search?q=abc&limit=51", "limit")]
    public async Task Search_WhenInputIsBad_Returns400Problem(string url, string parameter)
    {
        using var response = await _client.GetAsync(url);

        await RecommendationsApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task Healthz_WhenDatabaseAnswers_Returns200()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

[Collection(SeededSiteCollection.Name)]
public sealed class CatalogApiOnSqliteTests(SeededSiteFixture fixture) : CatalogApiTests(fixture.Site);

[Collection(SeededPostgresSiteCollection.Name)]
public sealed class CatalogApiOnPostgresTests(SeededPostgresSiteFixture fixture) : CatalogApiTests(fixture.Site);
