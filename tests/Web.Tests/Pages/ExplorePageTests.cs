using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Web.Tests.Pages;

[Collection(SeededSiteCollection.Name)]
public sealed partial class ExplorePageTests(SeededSiteFixture fixture)
{
    private const string Features = "danceability=0.8&energy=0.85&loudness=-4.5&speechiness=0.06&acousticness=0.1&instrumentalness=0&liveness=0.12&valence=0.7&tempo=126";

    private readonly HttpClient _client = fixture.Site.CreateClient();

    [Fact]
    public async Task Explore_WithoutValues_ShowsNineLabelledSlidersWithinTheDocumentedRangesMoodsAndNoSongs()
    {
        var html = await GetOkAsync("/explore");

        var sliders = Slider().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => (Min: Number(m.Groups["min"].Value), Max: Number(m.Groups["max"].Value)));
        Assert.Equal(AudioFeatures.Names, sliders.Keys);
        foreach (var feature in AudioFeatures.Definitions)
        {
            // The sliders span the range real songs use, inside the documented one the API accepts.
            Assert.InRange(sliders[feature.Name].Min, feature.Min, feature.Max);
            Assert.InRange(sliders[feature.Name].Max, sliders[feature.Name].Min, feature.Max);
            Assert.Contains($"id=\"h-{feature.Name}\"", html, StringComparison.Ordinal); // a sentence per slider
        }
        Assert.Equal((-30, 0), sliders["loudness"]);
        Assert.Contains("Calm", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/explore?danceability=", html, StringComparison.Ordinal); // moods are plain links
        Assert.Contains("name=\"catalog\" value=\"kpop\"", html, StringComparison.Ordinal);
        Assert.Equal(0, Count(html, "class=\"recommendation\""));
    }

    [Fact]
    public async Task Explore_WhenFeaturesAreSet_ShowsTheSameSongsAsTheApiForThoseFeatures()
    {
        var html = await GetOkAsync($"/explore?{Features}&catalog=kpop");
        var api = await _client.GetFromJsonAsync<JsonElement>($"/api/recommendations?{Features}&catalog=kpop");

        var expected = api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("trackId").GetInt32().ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected, TrackIds().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("K-pop songs closest to this sound", html, StringComparison.Ordinal);
        Assert.Contains("value=\"126\"", html, StringComparison.Ordinal); // the sliders keep what was asked
    }

    [Theory]
    [InlineData("tempo=999", "Tempo (BPM) must be from 0 to 300.")]
    [InlineData("tempo=abc", "is not valid")]
    public async Task Explore_WhenAValueIsBad_SaysWhatIsWrongWithoutError(string replacement, string message)
    {
        var html = WebUtility.HtmlDecode(await GetOkAsync($"/explore?{Features.Replace("tempo=126", replacement, StringComparison.Ordinal)}&catalog=anime"));

        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(0, Count(html, "class=\"recommendation\""));
    }

    [Fact]
    public async Task Explore_WhenOnlySomeFeaturesAreGiven_AsksForAllNine()
    {
        var html = await GetOkAsync("/explore?energy=0.5&catalog=anime");

        Assert.Contains("Set all nine features.", html, StringComparison.Ordinal);
    }

    private async Task<string> GetOkAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    [GeneratedRegex("""<input type="range" id="f-\w+" name="(?<name>\w+)" min="(?<min>[-\d.]+)" max="(?<max>[-\d.]+)"[^>]*>""")]
    private static partial Regex Slider();

    [GeneratedRegex("""<li class="recommendation" data-track-id="(\d+)">""")]
    private static partial Regex TrackIds();
}
