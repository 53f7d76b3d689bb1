using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace MusicRecommender.Web.Tests.Lookup;

/// <summary>Requests against the live-lookup site, timed, with the checks every test makes: never a 500.</summary>
internal static class LiveLookupSite
{
    public static async Task<(HttpStatusCode Status, string Body, TimeSpan Elapsed)> GetAsync(this LiveLookupSiteFixture fixture, string url)
    {
        var clock = Stopwatch.StartNew();
        using var response = await fixture.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        clock.Stop();
        Assert.True((int)response.StatusCode < 500, $"{url} → {(int)response.StatusCode}: {body}");
        return (response.StatusCode, body, clock.Elapsed);
    }

    public static async Task<JsonElement> GetJsonAsync(this LiveLookupSiteFixture fixture, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (status, body, _) = await fixture.GetAsync(url);
        Assert.True(status == expected, $"{url} → {(int)status}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>Requests the fake server received since <paramref name="before"/> requests.</summary>
    public static List<string> RequestsSince(this LiveLookupSiteFixture fixture, int before) => fixture.Fake.Requests.Skip(before).ToList();

    public static string Q(string text) => Uri.EscapeDataString(text);
}
