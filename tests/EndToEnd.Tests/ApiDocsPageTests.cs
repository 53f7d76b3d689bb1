using Microsoft.Playwright;
using MusicRecommender.TestSupport;

namespace MusicRecommender.EndToEnd.Tests;

/// <summary>
/// The API reference at <c>/api/docs</c> in real Chromium: Scalar renders every operation from the
/// site's own OpenAPI document, under the page's CSP, without a console error or a request to another
/// host. The page needs no catalog, so the site here is not seeded.
/// </summary>
public sealed class ApiDocsPageTests : IAsyncLifetime
{
    private static readonly string[] Operations =
    [
        "get /api/tracks/search", "get /api/tracks/suggest", "get /api/recommendations", "get /api/catalog/stats", "get /api/antiforgery/token",
        "post /api/ratings", "get /api/admin/experiments/{name}/results", "get /api/admin/searches", "post /api/admin/retrain", "get /api/admin/runs/{id}",
    ];

    private readonly SiteFactory _site = new(seed: false, kestrel: true);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _site.StartServer();
        await _site.WaitUntilReadyAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserSite.LaunchChromiumAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Developer_OpeningTheApiDocs_SeesEveryOperationWithoutCspErrorsOrOutsideRequests()
    {
        var origin = _site.ServerAddress.ToString();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = origin });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) problems.Add(message.Text);
        };
        page.PageError += (_, error) => problems.Add(error);
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal)) outside.Add(request.Url);
        };

        var response = await page.GotoAsync("/api/docs");

        Assert.Equal(200, response!.Status);
        Assert.EndsWith("/api/docs", page.Url, StringComparison.Ordinal);
        // Scalar loads the document once its scripts run; by then any CSP violation has been reported.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 60_000 });
        Assert.Empty(problems);
        // Generous: Scalar's bundle is 5 MB of script, and CI runs the test assemblies side by side on two cores.
        var rendered = new LocatorAssertionsToBeAttachedOptions { Timeout = 60_000 };
        foreach (var operation in Operations)
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = operation, Exact = true }).First).ToBeAttachedAsync(rendered);
        await Assertions.Expect(page.GetByText("Recommend tracks like a song").First).ToBeAttachedAsync(rendered);
        Assert.Empty(problems);
        Assert.Empty(outside);
        await context.CloseAsync();
    }
}
