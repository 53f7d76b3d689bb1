using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests.Feedback;

/// <summary>Impressions and ratings through the public API, on SQLite and on PostgreSQL (the upsert is raw SQL).</summary>
public abstract class RatingsApiTests(SiteFactory site) : IAsyncLifetime
{
    public Task InitializeAsync() => DefaultExperiment.StartAsync(site);

    public Task DisposeAsync() => DefaultExperiment.StopAsync(site);

    [Fact]
    public async Task Recommendations_WhenShown_AreStoredAsAnImpressionWithEveryItem()
    {
        var visitor = Browsing.Start(site);

        var list = await visitor.RecommendAsync("Shape of You Ed Sheeran");

        var id = list.GetProperty("impressionId").GetString()!.ToUpperInvariant();
        Assert.Equal("recommender-vs-random", list.GetProperty("experiment").GetString());
        Assert.Contains(list.GetProperty("variant").GetString(), new[] { "model", "random" });
        var items = list.GetProperty("items").EnumerateArray().ToArray();
        // The items are one JSON array in the impression's row, in rank order.
        var stored = JsonDocument.Parse(site.Text($"SELECT \"Items\" FROM \"Impressions\" WHERE \"Id\" = '{id}'")!).RootElement.EnumerateArray().ToArray();
        Assert.Equal(items.Length, stored.Length);
        foreach (var (item, row) in items.Zip(stored))
        {
            Assert.Equal(item.GetProperty("trackId").GetInt32(), row.GetProperty("t").GetInt32());
            Assert.Equal(item.GetProperty("rank").GetInt32(), row.GetProperty("r").GetInt32());
        }
        Assert.Equal(list.GetProperty("modelVersion").GetInt32(), site.Scalar($"SELECT \"ModelVersion\" FROM \"Impressions\" WHERE \"Id\" = '{id}'"));
        Assert.Equal(list.GetProperty("query").GetProperty("trackId").GetInt32(), site.Scalar($"SELECT \"QueryTrackId\" FROM \"Impressions\" WHERE \"Id\" = '{id}'"));
        Assert.Equal(1, site.Scalar($"SELECT COUNT(*) FROM \"Impressions\" WHERE \"Id\" = '{id}' AND \"Source\" = 'api' AND \"Catalog\" = 1 AND length(\"RaterId\") = 32"));
        Assert.True(site.Scalar("SELECT COUNT(*) FROM \"Searches\" WHERE \"Text\" = 'Shape of You Ed Sheeran' AND \"Found\" = TRUE AND \"Title\" = 'Shape of You'") >= 1);
    }

    [Fact]
    public async Task Post_WhenRatingAgain_UpdatesTheOneStoredRating()
    {
        var visitor = Browsing.Start(site);
        var list = await visitor.RecommendAsync("Blinding Lights");
        var impression = list.GetProperty("impressionId").GetString()!;
        var item = list.GetProperty("items")[2];
        var trackId = item.GetProperty("trackId").GetInt32();

        using var first = await visitor.RateAsync(impression, trackId, 2);
        using var second = await visitor.RateAsync(impression, trackId, 5);
        using var retry = await visitor.RateAsync(impression, trackId, 5);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var saved = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(saved.GetProperty("saved").GetBoolean());
        Assert.Equal(3, saved.GetProperty("rank").GetInt32());
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var where = $"\"ImpressionId\" = '{impression.ToUpperInvariant()}' AND \"TrackId\" = {trackId}";
        Assert.Equal(1, site.Scalar($"SELECT COUNT(*) FROM \"Ratings\" WHERE {where}"));
        Assert.Equal(5, site.Scalar($"SELECT \"Stars\" FROM \"Ratings\" WHERE {where}"));
        Assert.Equal(1, site.Scalar($"SELECT \"UpdatedAt\" > \"CreatedAt\" FROM \"Ratings\" WHERE {where}"));
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_Returns400AndSavesNothing()
    {
        var visitor = Browsing.Start(site);
        var list = await visitor.RecommendAsync("Blinding Lights");
        var impression = list.GetProperty("impressionId").GetString()!;
        var trackId = list.GetProperty("items")[0].GetProperty("trackId").GetInt32();
        await visitor.TokenAsync(); // the cookie alone is not enough

        using var response = await visitor.RateAsync(new { impressionId = impression, trackId, stars = 4 }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, site.Scalar($"SELECT COUNT(*) FROM \"Ratings\" WHERE \"ImpressionId\" = '{impression.ToUpperInvariant()}'"));
    }

    [Theory]
    [InlineData(0, "stars")]
    [InlineData(6, "stars")]
    [InlineData(-1, "stars")]
    public async Task Post_WhenStarsAreOutsideOneToFive_Returns400NamingStars(int stars, string field)
    {
        var visitor = Browsing.Start(site);
        var list = await visitor.RecommendAsync("Blinding Lights");

        using var response = await visitor.RateAsync(list.GetProperty("impressionId").GetString()!, list.GetProperty("items")[0].GetProperty("trackId").GetInt32(), stars);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Post_WhenTheBodyIsNotARating_Returns400()
    {
        var visitor = Browsing.Start(site);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ratings") { Content = new StringContent("{\"stars\": \"lots\"", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-XSRF-TOKEN", await visitor.TokenAsync());

        using var response = await visitor.Http.SendAsync(request);
        using var missing = await visitor.RateAsync(new { stars = 3 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await AssertProblemAsync(missing, HttpStatusCode.BadRequest, "impressionId");
    }

    [Fact]
    public async Task Post_WhenTheImpressionIsUnknown_Returns404()
    {
        var visitor = Browsing.Start(site);
        await visitor.RecommendAsync("Blinding Lights");

        using var response = await visitor.RateAsync(Guid.NewGuid().ToString(), 1, 3);

        await AssertProblemAsync(response, HttpStatusCode.NotFound, null);
    }

    [Fact]
    public async Task Post_WhenTheTrackWasNotInTheImpression_Returns400NamingTrackId()
    {
        var visitor = Browsing.Start(site);
        var list = await visitor.RecommendAsync("Blinding Lights");
        var shown = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("trackId").GetInt32()).ToHashSet();
        var other = Enumerable.Range(1, 100).First(id => !shown.Contains(id));

        using var response = await visitor.RateAsync(list.GetProperty("impressionId").GetString()!, other, 3);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "trackId");
    }

    [Fact]
    public async Task Post_WhenTheImpressionWasShownToSomeoneElse_Returns404AndLeavesItUnrated()
    {
        var owner = Browsing.Start(site);
        var stranger = Browsing.Start(site);
        var list = await owner.RecommendAsync("Blinding Lights");
        await stranger.RecommendAsync("Levitating");
        var impression = list.GetProperty("impressionId").GetString()!;

        using var response = await stranger.RateAsync(impression, list.GetProperty("items")[0].GetProperty("trackId").GetInt32(), 1);

        await AssertProblemAsync(response, HttpStatusCode.NotFound, null);
        Assert.Equal(0, site.Scalar($"SELECT COUNT(*) FROM \"Ratings\" WHERE \"ImpressionId\" = '{impression.ToUpperInvariant()}'"));
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        if (field is not null) Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}");
    }
}

[Collection(SeededSiteCollection.Name)]
public sealed class RatingsApiOnSqliteTests(SeededSiteFixture fixture) : RatingsApiTests(fixture.Site);

[Collection(SeededPostgresSiteCollection.Name)]
public sealed class RatingsApiOnPostgresTests(SeededPostgresSiteFixture fixture) : RatingsApiTests(fixture.Site);
