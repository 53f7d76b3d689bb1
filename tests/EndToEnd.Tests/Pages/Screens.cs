using Microsoft.Playwright;
using MusicRecommender.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MusicRecommender.EndToEnd.Tests.Pages;

/// <summary>Screen sizes the pages are checked at, and browser contexts (anonymous or signed in as an admin) for them.</summary>
internal static class Screens
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize SmallPhone = new() { Width = 360, Height = 740 };

    public const string AdminEmail = "ux-admin@example.com";
    public const string AdminPassword = "listening all day";

    public static async Task<IPage> OpenAsync(BrowserSite browser, ViewportSize size, bool admin = false)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseAddress.ToString(),
            ViewportSize = size,
            IsMobile = size.Width < 640,
            HasTouch = size.Width < 640,
        });
        // The embed player lives on open.spotify.com; tests never reach outside hosts.
        await context.RouteAsync("https://open.spotify.com/**", route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<!doctype html><title>player</title><p>player</p>" }));
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
        if (admin) await SignInAsAdminAsync(browser, page);
        return page;
    }

    public static async Task SignInAsAdminAsync(BrowserSite browser, IPage page)
    {
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().EnsureAdminAsync(AdminEmail, AdminPassword);
            Assert.True(result.Succeeded, AdminAccounts.Describe(result));
        }
        await page.GotoAsync("/Identity/Account/Login");
        await page.GetByLabel("Email").FillAsync(AdminEmail);
        await page.GetByLabel("Password").FillAsync(AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.Contains("/Login", StringComparison.OrdinalIgnoreCase), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }

    /// <summary>With UX_SCREENSHOTS set to a folder, saves a full-page PNG (for people to look at; nothing asserts on it).</summary>
    public static async Task MaybeScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("UX_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        var size = page.ViewportSize!;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{size.Width}x{size.Height}.png"), FullPage = false });
    }
}
