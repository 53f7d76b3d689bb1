using Microsoft.Playwright;

namespace MusicRecommender.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SearchJourneyTests(BrowserSite browser)
{
    [Fact]
    public async Task Listener_WhenPickingASuggestion_SeesTenRecommendations()
    {
        var page = await browser.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") consoleErrors.Add(message.Text);
        };

        await page.GotoAsync("/");
        await page.GetByLabel("Song title and/or artist").PressSequentiallyAsync("shape of you", new() { Delay = 30 });
        var suggestion = page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Ed Sheeran" }).First;
        await suggestion.WaitForAsync();
        await suggestion.ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/results", StringComparison.Ordinal) && url.Contains("trackId=", StringComparison.Ordinal));
        var recommendations = page.Locator("li.recommendation");
        await Assertions.Expect(recommendations).ToHaveCountAsync(10);
        await Assertions.Expect(page.Locator("#query-title")).ToContainTextAsync("Shape of You");
        var first = await recommendations.First.Locator("a.open-spotify").GetAttributeAsync("href");
        Assert.StartsWith("https://open.spotify.com/track/", first, StringComparison.Ordinal);
        Assert.Empty(consoleErrors); // no CSP violations or script errors
    }

    [Fact]
    public async Task Listener_WithoutJavaScript_CanStillSearchByText()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByLabel("Song title and/or artist").FillAsync("Shape of You Ed Sheeran");
        await page.GetByLabel("K-pop").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Find similar songs" }).ClickAsync();

        await Assertions.Expect(page.Locator("li.recommendation")).ToHaveCountAsync(10);
        await Assertions.Expect(page.Locator("#recs-title")).ToContainTextAsync("K-pop");
        await context.CloseAsync();
    }
}
