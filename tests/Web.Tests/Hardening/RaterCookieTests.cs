using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.TestSupport;
using MusicRecommender.Web.Ratings;

namespace MusicRecommender.Web.Tests.Hardening;

/// <summary>Issue 16 part 1: the rater id is random and signed; a forged cookie is replaced, never trusted.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class RaterCookieTests(SeededSiteFixture fixture)
{
    [Theory]
    [InlineData("00000000000000000000000000000000")]
    [InlineData("' OR 1=1--")]
    [InlineData("CfDJ8forgedbutbase64urlAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Recommendations_WithAForgedRaterCookie_IssueANewSignedIdAndNeverStoreTheForgedOne(string forged)
    {
        using var client = fixture.Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), HandleCookies = false, AllowAutoRedirect = false,
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/recommendations?q=Shape+of+You+Ed+Sheeran&catalog=anime");
        request.Headers.Add("Cookie", $"{RaterCookie.Name}={Uri.EscapeDataString(forged)}");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(RaterCookie.Name + "=", StringComparison.Ordinal));
        var value = cookie[(RaterCookie.Name.Length + 1)..cookie.IndexOf(';', StringComparison.Ordinal)];
        Assert.NotEqual(forged, Uri.UnescapeDataString(value));
        var id = fixture.Site.Services.GetRequiredService<RaterIds>().Unprotect(value);
        Assert.NotNull(id);
        var impression = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("impressionId").GetString()!.ToUpperInvariant();
        Assert.Equal(id, fixture.Site.Text($"SELECT \"RaterId\" FROM \"Impressions\" WHERE \"Id\" = '{impression}'"));
        Assert.Equal(0, fixture.Site.Scalar($"SELECT COUNT(*) FROM \"Impressions\" WHERE \"RaterId\" = '{forged.Replace("'", "''", StringComparison.Ordinal)}'"));
    }

    [Fact]
    public void RaterIds_TellTheirOwnSignedIdsFromAnyOther()
    {
        var ids = fixture.Site.Services.GetRequiredService<RaterIds>();
        var id = RaterIds.NewId();
        var signed = ids.Protect(id);

        Assert.Equal(id, ids.Unprotect(signed));
        Assert.Null(ids.Unprotect(signed[..^2] + (signed[^2] == 'A' ? "BA" : "AA")));
        Assert.Null(ids.Unprotect(id));
        Assert.Null(ids.Unprotect(null));
    }
}
