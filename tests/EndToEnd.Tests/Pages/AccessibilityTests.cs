using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MusicRecommender.EndToEnd.Tests.Pages;

/// <summary>
/// Every page, signed out and signed in as an admin, at desktop and phone sizes: axe-core finds no
/// serious or critical violation, and nothing is wider than the screen (no sideways scroll at 390
/// and 360 px).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite browser)
{
    public static readonly string[] ListenerPages =
    [
        "/",
        "/results?q=Shape%20of%20You%20Ed%20Sheeran&catalog=anime",
        "/results?q=Coldplay&catalog=kpop",
        "/playlist",
        "/explore",
        "/explore?danceability=0.85&energy=0.8&loudness=-5&speechiness=0.07&acousticness=0.05&instrumentalness=0.02&liveness=0.12&valence=0.65&tempo=122&catalog=kpop",
        "/ratings",
        "/About",
        "/Identity/Account/Login",
        "/Identity/Account/Register",
        "/Identity/Account/ForgotPassword",
        "/Identity/Account/Lockout",
    ];

    public static readonly string[] AdminPages =
    [
        "/Admin",
        "/Admin/Experiments",
        "/Admin/Searches",
        "/Admin/Jobs",
        "/Admin/Models",
        "/Identity/Account/Manage",
        "/results?q=Blinding%20Lights%20The%20Weeknd&catalog=kpop",
        "/ratings",
    ];

    public static TheoryData<int, int, bool> Sizes => new()
    {
        { 1280, 800, false }, { 390, 844, false }, { 360, 740, false },
        { 1280, 800, true }, { 390, 844, true }, { 360, 740, true },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task EveryPage_AtThisSize_HasNoSeriousViolationAndNoSidewaysScroll(int width, int height, bool admin)
    {
        var page = await Screens.OpenAsync(browser, new ViewportSize { Width = width, Height = height }, admin);
        var problems = new List<string>();
        foreach (var url in admin ? AdminPages : ListenerPages)
        {
            var response = await page.GotoAsync(url);
            Assert.True(response is { Ok: true }, $"{url} → {response?.Status}");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Screens.MaybeScreenshotAsync(page, Name(url, admin));

            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > width) problems.Add($"{url}: {scrollWidth} px wide on a {width} px screen ({await WidestAsync(page, width)})");
            if (width == 360) continue; // axe runs at the desktop and the 390 px phone size
            var axe = await page.RunAxe();
            foreach (var violation in axe.Violations.Where(v => v.Impact is "serious" or "critical"))
            {
                var where = string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html));
                problems.Add($"{url}: {violation.Impact} {violation.Id} ({violation.Help}) at {where}");
            }
        }
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>The innermost elements that reach past the screen's right edge, to say what to fix.</summary>
    private static Task<string> WidestAsync(IPage page, int width) => page.EvaluateAsync<string>("""
        width => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
            .slice(0, 3).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}#${e.id}`).join(', ')
        """, width);

    private static string Name(string url, bool admin)
    {
        var path = new Uri("http://x" + url).AbsolutePath.Trim('/').Replace('/', '-');
        return (admin ? "admin-" : "") + (path.Length == 0 ? "home" : path.ToLowerInvariant()) + (url.Contains('?', StringComparison.Ordinal) && url.StartsWith("/explore", StringComparison.Ordinal) ? "-list" : "");
    }
}
