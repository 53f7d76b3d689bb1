using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Web.Experiments;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Pages;

/// <summary>Both arms of the experiment look alike to a listener, and every pick can be played and opened.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed partial class PickPresentationTests(SeededSiteFixture fixture)
{
    private const string Results = "/results?q=Shape+of+You+Ed+Sheeran&catalog=kpop";

    [Fact]
    public async Task Results_InTheModelAndTheRandomArm_ShowTheSameElementsPerPickAndNoNegativePercentage()
    {
        var random = await InArmAsync(RecommenderVariants.Random);
        var model = await InArmAsync(RecommenderVariants.Model);

        var shapes = Picks(random).Concat(Picks(model)).Select(Shape).ToList();
        Assert.Equal(20, shapes.Count);
        Assert.All(shapes, shape => Assert.Equal(shapes[0], shape));
        foreach (var html in new[] { random, model })
        {
            Assert.DoesNotMatch(NegativePercent(), html);
            Assert.DoesNotContain("% match", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Close in", html, StringComparison.Ordinal);
            Assert.DoesNotContain("cluster", html.Split("id=\"how-picked\"")[0], StringComparison.OrdinalIgnoreCase); // only inside "How this was picked"
        }
    }

    [Fact]
    public async Task Results_EachPick_HasAPlayControlForTheEmbedAndLinksToSpotifyAndYouTube()
    {
        var html = await Browsing.Start(fixture.Site).Http.GetStringAsync(Results);

        var picks = Picks(html);
        Assert.Equal(10, picks.Count);
        foreach (var pick in picks)
        {
            var spotifyId = SpotifyTrack().Match(pick).Groups[1].Value;
            Assert.Matches("data-track-id=\"\\d+\"", pick);
            Assert.Contains($"href=\"https://open.spotify.com/embed/track/{spotifyId}\"", pick, StringComparison.Ordinal);
            Assert.Matches("class=\"play\"[^>]*aria-label=\"Play ", pick);
            Assert.Contains("https://www.youtube.com/results?search_query=", pick, StringComparison.Ordinal);
            Assert.Contains("class=\"cover placeholder", pick, StringComparison.Ordinal); // no cover URLs in the data: no outside image
            Assert.Contains("Similarity score:", pick, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Responses_AllowFramesFromSpotifysEmbedOnly()
    {
        using var response = await fixture.Site.CreateClient().GetAsync("/");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-src https://open.spotify.com;", csp, StringComparison.Ordinal);
    }

    /// <summary>A new visitor's results page while an experiment sends (nearly) everyone to <paramref name="variant"/>.</summary>
    private async Task<string> InArmAsync(string variant)
    {
        var name = $"arm-{variant}-{Guid.NewGuid():N}"[..30];
        var shownBefore = fixture.Site.Scalar($"SELECT COUNT(*) FROM Impressions WHERE Variant = '{variant}'");
        await ChangeAsync(admin => admin.CreateAsync(name, null, new Dictionary<string, double>
        {
            [RecommenderVariants.Model] = variant == RecommenderVariants.Model ? 1000 : 1e-9,
            [RecommenderVariants.Random] = variant == RecommenderVariants.Random ? 1000 : 1e-9,
        }, RecommenderVariants.Random, CancellationToken.None));
        await ChangeAsync(admin => admin.StartAsync(name, CancellationToken.None));
        try
        {
            var html = await Browsing.Start(fixture.Site).Http.GetStringAsync(Results);
            Assert.Equal(shownBefore + 1, fixture.Site.Scalar($"SELECT COUNT(*) FROM Impressions WHERE Variant = '{variant}'"));
            return html;
        }
        finally
        {
            await ChangeAsync(admin => admin.StopAsync(name, CancellationToken.None));
        }
    }

    private async Task ChangeAsync(Func<ExperimentAdmin, Task<AdminChange>> change)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var result = await change(scope.ServiceProvider.GetRequiredService<ExperimentAdmin>());
        Assert.True(result.Succeeded, result.Message);
    }

    internal static List<string> Picks(string html) =>
        Pick().Matches(html).Select(m => m.Value).ToList();

    /// <summary>
    /// The pick's elements as the sequence of their tags and classes (texts, ids and colours left out). A song's
    /// other versions ("2 more versions") depend on the song, not the arm — both arms show each song once — so
    /// that block is left out too.
    /// </summary>
    private static string Shape(string pick) =>
        string.Join(" ", Tag().Matches(OtherVersions().Replace(pick, "")).Select(m => m.Groups[1].Value + "." + HueOrNumber().Replace(m.Groups[2].Value, "")));

    [GeneratedRegex("<details class=\"versions\">.*?</details>", RegexOptions.Singleline)]
    private static partial Regex OtherVersions();

    [GeneratedRegex("<li class=\"recommendation\".*?</details>\\s*</li>", RegexOptions.Singleline)]
    private static partial Regex Pick();

    [GeneratedRegex("<([a-z0-9]+)(?:[^>]*?class=\"([^\"]*)\")?[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(" ?(hue-\\d|on)\\b")]
    private static partial Regex HueOrNumber();

    [GeneratedRegex("[-−]\\s?\\d+(\\.\\d+)?\\s?%")]
    private static partial Regex NegativePercent();

    [GeneratedRegex("href=\"https://open.spotify.com/track/([A-Za-z0-9]{22})\"")]
    private static partial Regex SpotifyTrack();
}
