using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MusicRecommender.Infrastructure.Identity;

namespace MusicRecommender.EndToEnd.Tests;

/// <summary>
/// An admin clicks "Retrain now" on the Jobs page in real Chromium, watches the run's steps appear
/// without reloading, sees it succeed and the new versions active — and the recommendations API
/// answers with the new version, no restart.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RetrainJourneyTests(BrowserSite browser)
{
    private const string Email = "jobs-admin@example.com";
    private const string Password = "retraining all night";

    [Fact]
    public async Task Admin_WhenClickingRetrainNow_WatchesTheRunFinishAndSeesTheNewVersion()
    {
        var page = await SignedInAdminAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") errors.Add(message.Text);
        };
        await page.GotoAsync("/Admin/Jobs");
        var before = int.Parse(await page.Locator("#versions-anime tr[data-status=active]").GetAttributeAsync("data-version") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        await page.GetByRole(AriaRole.Button, new() { Name = "Retrain now" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("run=", StringComparison.Ordinal));
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        // Live progress: steps appear while the page stays put (jobs.js polls the run).
        await Assertions.Expect(page.Locator("#run-steps tbody tr[data-step=fit]").First).ToBeVisibleAsync(new() { Timeout = 120_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the steps should appear without a reload");
        await Assertions.Expect(page.Locator("#run-status")).ToHaveTextAsync("succeeded", new() { Timeout = 180_000 });
        await Assertions.Expect(page.Locator("#run-steps tbody tr")).ToHaveCountAsync(12);
        var active = page.Locator("#versions-anime tr[data-status=active]");
        var after = int.Parse(await active.GetAttributeAsync("data-version") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(after > before, $"anime v{after} should be newer than v{before}");
        await Assertions.Expect(page.Locator($"#versions-anime tr[data-status=retired][data-version='{before}']")).ToHaveCountAsync(1);

        var response = await page.Context.APIRequest.GetAsync("/api/recommendations?q=Shape%20of%20You%20Ed%20Sheeran&catalog=anime");
        var list = JsonDocument.Parse(await response.TextAsync()).RootElement;
        Assert.Equal(after, list.GetProperty("modelVersion").GetInt32());
        Assert.Empty(errors); // no CSP violations or script errors
    }

    private async Task<IPage> SignedInAdminAsync()
    {
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().EnsureAdminAsync(Email, Password);
            Assert.True(result.Succeeded, AdminAccounts.Describe(result));
        }
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Admin/Jobs");
        await page.GetByLabel("Email").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Admin/Jobs");
        return page;
    }
}
