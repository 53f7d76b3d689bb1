using System.Net;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Hardening;

/// <summary>Issue 16 part 1: pages that write a list are limited per client; over the limit, 429 with Retry-After.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class RateLimitTests(SeededSiteFixture fixture)
{
    private const int ListsPerMinute = 20;

    [Fact]
    public async Task ResultsPage_WhenOneClientAsksForMoreListsThanTheLimit_Answers429PagesAndStoresAtMostTheLimit()
    {
        using var copy = await SeededCopy.StartAsync(fixture.Site, new Dictionary<string, string?> { ["RateLimiting:ListsPerMinute"] = ListsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var before = copy.Scalar("SELECT COUNT(*) FROM \"Impressions\"");
        var visitor = Browsing.Start(copy.Site);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        string? rejectedBody = null;

        for (var i = 0; i < 200; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/results?q=Shape+of+You+Ed+Sheeran&catalog=anime");
            request.Headers.Accept.ParseAdd("text/html");
            var response = await visitor.Http.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && rejected is null)
            {
                rejected = response;
                rejectedBody = await response.Content.ReadAsStringAsync();
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.Equal(ListsPerMinute, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(200 - ListsPerMinute, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.NotNull(rejected);
        Assert.True(int.Parse(rejected.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("text/html", rejected.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many requests", rejectedBody, StringComparison.Ordinal);
        Assert.InRange(copy.Scalar("SELECT COUNT(*) FROM \"Impressions\"") - before, 1, ListsPerMinute);
        rejected.Dispose();

        // The API's lists count against the same kind of limit and answer problem+json.
        using var api = await visitor.Http.GetAsync("/api/recommendations?q=Blinding+Lights&catalog=kpop");
        var apiAgain = api;
        for (var i = 0; i < ListsPerMinute && apiAgain.StatusCode != HttpStatusCode.TooManyRequests; i++)
            apiAgain = await visitor.Http.GetAsync("/api/recommendations?q=Blinding+Lights&catalog=kpop");
        Assert.Equal(HttpStatusCode.TooManyRequests, apiAgain.StatusCode);
        Assert.Equal("application/problem+json", apiAgain.Content.Headers.ContentType?.MediaType);
        Assert.True(apiAgain.Headers.Contains("Retry-After"));
    }
}
