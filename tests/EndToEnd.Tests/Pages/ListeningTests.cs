using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MusicRecommender.EndToEnd.Tests.Pages;

/// <summary>A listener on a phone: the first pick shows on the first screen, plays in place, and ratings stick.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ListeningTests(BrowserSite browser)
{
    [Fact]
    public async Task Search_OnA390x844Phone_ShowsTheFirstPickOnTheFirstScreen()
    {
        var page = await Screens.OpenAsync(browser, Screens.Phone);
        await page.GotoAsync("/");
        await page.GetByLabel("Song title and/or artist").FillAsync("Shape of You Ed Sheeran");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find similar songs" }).ClickAsync();

        var first = page.Locator("li.recommendation").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        var box = await first.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y < 844 - 100, $"the first pick starts at {box.Y} px, below the first screen of a 844 px phone");
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390);
        await Screens.MaybeScreenshotAsync(page, "search-first-screen");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Play_OnAPick_OpensSpotifysEmbedPlayerInPlace()
    {
        var page = await Screens.OpenAsync(browser, Screens.Desktop);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await page.GotoAsync("/results?q=Shape%20of%20You%20Ed%20Sheeran&catalog=kpop");
        var pick = page.Locator("li.recommendation").Nth(1);
        var spotifyUrl = await pick.Locator("a.open-spotify").GetAttributeAsync("href");
        var trackId = SpotifyTrack().Match(spotifyUrl!).Groups[1].Value;
        Assert.Equal(0, await page.Locator("iframe").CountAsync()); // nothing loads until asked

        await pick.GetByRole(AriaRole.Button, new() { NameRegex = PlayName() }).ClickAsync();

        var frame = pick.Locator("iframe");
        await Assertions.Expect(frame).ToHaveAttributeAsync("src", $"https://open.spotify.com/embed/track/{trackId}");
        await Assertions.Expect(frame).ToBeVisibleAsync();
        await Screens.MaybeScreenshotAsync(page, "playing");
        Assert.EndsWith("/results", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal); // played in place
        await pick.GetByRole(AriaRole.Button, new() { NameRegex = CloseName() }).ClickAsync();
        await Assertions.Expect(pick.Locator("iframe")).ToHaveCountAsync(0);
        Assert.Empty(errors); // the CSP lets the embed in (frame-src), nothing else complains
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Rate_ThenReload_ShowsTheStarsAndMyRatingsListsIt()
    {
        var page = await Screens.OpenAsync(browser, Screens.Phone);
        await page.GotoAsync("/results?q=Blinding%20Lights%20The%20Weeknd&catalog=anime");
        var pick = page.Locator("li.recommendation").Nth(2);
        var trackId = await pick.GetAttributeAsync("data-track-id");

        await pick.GetByRole(AriaRole.Button, new() { Name = "4 stars", Exact = true }).ClickAsync();
        await Assertions.Expect(pick.Locator(".rating-status")).ToHaveTextAsync("Saved: 4 of 5");
        await page.ReloadAsync();

        var again = page.Locator($"li.recommendation[data-track-id='{trackId}']");
        await Assertions.Expect(again.Locator("button.star.on")).ToHaveCountAsync(4);
        await Assertions.Expect(again.Locator("button.star[aria-pressed=true]")).ToHaveAttributeAsync("value", "4");

        await page.GotoAsync("/ratings");
        var listed = page.Locator($"li.my-rating[data-track-id='{trackId}']");
        await Assertions.Expect(listed.Locator("button.star[aria-pressed=true]")).ToHaveAttributeAsync("value", "4");
        await Screens.MaybeScreenshotAsync(page, "my-ratings-listed");
        await listed.GetByRole(AriaRole.Button, new() { Name = "2 stars", Exact = true }).ClickAsync();
        await Assertions.Expect(listed.Locator(".rating-status")).ToHaveTextAsync("Saved: 2 of 5");
        await listed.GetByRole(AriaRole.Button, new() { NameRegex = RemoveName() }).ClickAsync();
        await Assertions.Expect(page.Locator("#no-ratings")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("^Play ")]
    private static partial Regex PlayName();

    [GeneratedRegex("^Close player")]
    private static partial Regex CloseName();

    [GeneratedRegex("^Remove your rating")]
    private static partial Regex RemoveName();

    [GeneratedRegex("open.spotify.com/track/([A-Za-z0-9]{22})")]
    private static partial Regex SpotifyTrack();
}
