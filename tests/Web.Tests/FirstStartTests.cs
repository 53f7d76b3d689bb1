using System.Net;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests;

public sealed class FirstStartTests
{
    [Fact]
    public async Task Site_WhenThereIsNoSeedData_StartsAndExplainsHowToImport()
    {
        using var site = new SiteFactory(seed: false);
        await site.WaitUntilReadyAsync();
        using var client = site.CreateClient();

        var home = await client.GetStringAsync("/");
        using var recommendations = await client.GetAsync("/api/recommendations?q=Shape%20of%20You&catalog=anime");
        using var health = await client.GetAsync("/healthz");

        Assert.Contains("dotnet run --project Pipeline -- import", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, recommendations.StatusCode);
        Assert.Equal("application/problem+json", recommendations.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(0, site.Scalar("SELECT COUNT(*) FROM \"Tracks\""));
        Assert.True(site.Scalar("SELECT COUNT(*) FROM \"__EFMigrationsHistory\"") >= 1);
    }

    [Fact]
    public async Task Api_WhenClientExceedsTheRateLimit_Returns429WithRetryAfter()
    {
        using var site = new SiteFactory(seed: false, new Dictionary<string, string?> { ["RateLimiting:ApiPermitsPerMinute"] = "3" });
        using var client = site.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync("/api/catalog/stats");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var limited = await client.GetAsync("/api/catalog/stats");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // pages are not limited by the API policy
    }
}
