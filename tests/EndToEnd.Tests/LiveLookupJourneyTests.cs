using Microsoft.Playwright;

namespace MusicRecommender.EndToEnd.Tests;

/// <summary>Songs the catalog does not have, found through the (fake) Spotify, and the Explore page, in real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveLookupJourneyTests(BrowserSite browser)
{
    [Fact]
    public async Task Listener_WhenPickingASongOnlySpotifyKnows_SeesRecommendationsWithFeaturesFromReccoBeats()
    {
        var page = await browser.NewPageAsync();
        var errors = CollectConsoleErrors(page);

        await page.GotoAsync("/");
        await page.GetByLabel("Song title and/or artist").PressSequentiallyAsync("zorblax carousel", new() { Delay = 30 });
        var suggestion = page.GetByRole(AriaRole.Option).Filter(new() { HasText = BrowserSite.SpotifyOnly.Title });
        await Assertions.Expect(suggestion.Locator(".badge")).ToHaveTextAsync("Spotify");
        await suggestion.ClickAsync();

        await page.WaitForURLAsync(url => url.Contains($"spotifyId={BrowserSite.SpotifyOnly.Id}", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#query-title")).ToContainTextAsync(BrowserSite.SpotifyOnly.Title);
        await Assertions.Expect(page.Locator("#feature-source")).ToHaveTextAsync("Features from ReccoBeats");
        await Assertions.Expect(page.Locator("li.recommendation")).ToHaveCountAsync(10);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Listener_WhenPastingASpotifyLink_GoesStraightToItsRecommendations()
    {
        var page = await browser.NewPageAsync();
        var errors = CollectConsoleErrors(page);
        await page.GotoAsync("/");
        var input = page.GetByLabel("Song title and/or artist");

        await input.FillAsync($"https://open.spotify.com/intl-de/track/{BrowserSite.Pasted.Id}?si=0f1e2d3c");
        await input.DispatchEventAsync("paste");

        await page.WaitForURLAsync(url => url.Contains("/results", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#query-title")).ToContainTextAsync(BrowserSite.Pasted.Title);
        await Assertions.Expect(page.Locator("#feature-source")).ToHaveTextAsync("Features from ReccoBeats");
        await Assertions.Expect(page.Locator("li.recommendation")).ToHaveCountAsync(10);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Listener_OnExplore_MovesSlidersAndGetsSongsForThoseFeatures()
    {
        var page = await browser.NewPageAsync();
        var errors = CollectConsoleErrors(page);
        await page.GotoAsync("/explore");

        await page.GetByLabel("Energy").FillAsync("0.91");
        await page.GetByLabel("Tempo", new() { Exact = true }).FillAsync("142");
        await Assertions.Expect(page.Locator("#o-energy")).ToHaveTextAsync("0.91");
        await page.GetByLabel("K-pop").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show songs" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("energy=0.91", StringComparison.Ordinal) && url.Contains("catalog=kpop", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("li.recommendation")).ToHaveCountAsync(10);
        await Assertions.Expect(page.Locator("#recs-title")).ToContainTextAsync("K-pop");
        await Assertions.Expect(page.GetByLabel("Tempo", new() { Exact = true })).ToHaveValueAsync("142");
        Assert.Empty(errors);
    }

    private static List<string> CollectConsoleErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") errors.Add(message.Text);
        };
        return errors;
    }
}
