using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MusicRecommender.Infrastructure.Identity;
using MusicRecommender.Web.Experiments;

namespace MusicRecommender.EndToEnd.Tests;

/// <summary>
/// A listener registers, searches and rates three picks in place; an admin then sees those ratings
/// on the dashboard with its charts drawn. Real Chromium over plain HTTP on 127.0.0.1, which is also
/// how `dotnet run` serves http://localhost:5080: the Secure, __Host- cookies must work there.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FeedbackJourneyTests(BrowserSite browser) : IAsyncLifetime
{
    private const string Password = "listening all day";

    public Task InitializeAsync() => ChangeExperimentAsync(start: true);

    public Task DisposeAsync() => ChangeExperimentAsync(start: false);

    [Fact]
    public async Task Listener_WhenRegisteringAndRatingThreePicks_ShowsUpOnTheAdminDashboard()
    {
        var email = $"listener-{Guid.NewGuid():N}@example.com";
        var page = await browser.NewPageAsync();
        var errors = CollectConsoleErrors(page);

        await page.GotoAsync("/Identity/Account/Register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password (at least 8 characters)").FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        // Registering never signs in (it would tell a new address from a known one): the listener signs in next.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" })).ToBeVisibleAsync();
        await page.GotoAsync("/Identity/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();

        await page.GetByLabel("Song title and/or artist").PressSequentiallyAsync("shape of you", new() { Delay = 30 });
        var suggestion = page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Ed Sheeran" }).First;
        await suggestion.ClickAsync();
        await Assertions.Expect(page.Locator("li.recommendation")).ToHaveCountAsync(10);

        var picks = page.Locator("li.recommendation");
        int[] stars = [5, 4, 2];
        for (var i = 0; i < stars.Length; i++)
        {
            var pick = picks.Nth(i);
            await pick.GetByRole(AriaRole.Button, new() { Name = $"{stars[i]} star{(stars[i] == 1 ? "" : "s")}", Exact = true }).ClickAsync();
            await Assertions.Expect(pick.Locator(".rating-status")).ToHaveTextAsync($"Saved: {stars[i]} of 5");
            await Assertions.Expect(pick.Locator("button.star.on")).ToHaveCountAsync(stars[i]);
        }
        Assert.EndsWith("/results", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal); // rated in place, no reload
        var variant = Text($"SELECT i.Variant FROM Impressions i JOIN AspNetUsers u ON u.Id = i.RaterId WHERE u.Email = '{email}'");
        Assert.Equal(3, Count($"SELECT COUNT(*) FROM Ratings r JOIN AspNetUsers u ON u.Id = r.RaterId WHERE u.Email = '{email}'"));

        var (admin, adminErrors) = await SignedInAdminAsync();
        await admin.GotoAsync("/Admin");
        var row = admin.Locator($"#variants tr[data-variant='{variant}']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        Assert.True(int.Parse(await row.Locator("[data-field=ratings]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 3);
        await Assertions.Expect(admin.Locator("#stars-chart")).ToHaveAttributeAsync("data-rendered", "true");
        await Assertions.Expect(admin.Locator("#daily-chart")).ToHaveAttributeAsync("data-rendered", "true");
        await Assertions.Expect(admin.Locator("#charts ul.legend li").Filter(new() { HasText = variant })).ToHaveCountAsync(2);
        Assert.True(await PaintedPixelsAsync(admin, "stars-chart") > 500, "the star chart should have bars drawn");
        Assert.Empty(errors);
        Assert.Empty(adminErrors); // no CSP violations or script errors
    }

    [Fact]
    public async Task Listener_WithoutJavaScript_RatesWithAPlainFormAndGetsTheSameListBack()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/results?q=Blinding%20Lights%20The%20Weeknd&catalog=kpop");
        var before = await page.Locator("li.recommendation").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.trackId)");

        await page.Locator("li.recommendation").Nth(1).GetByRole(AriaRole.Button, new() { Name = "3 stars", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("p.status")).ToContainTextAsync("saved 3 stars for pick 2");
        Assert.Contains("impression=", page.Url, StringComparison.Ordinal);
        Assert.Equal(before, await page.Locator("li.recommendation").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.trackId)"));
        await Assertions.Expect(page.Locator("li.recommendation").Nth(1).Locator("button.star[aria-pressed=true]")).ToHaveAttributeAsync("value", "3");
        await context.CloseAsync();
    }

    private async Task<(IPage Page, List<string> ConsoleErrors)> SignedInAdminAsync()
    {
        const string email = "journey-admin@example.com";
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().EnsureAdminAsync(email, Password);
            Assert.True(result.Succeeded, AdminAccounts.Describe(result));
        }
        var page = await browser.NewPageAsync();
        var errors = CollectConsoleErrors(page);
        await page.GotoAsync("/Admin");
        Assert.Contains("/Identity/Account/Login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Admin");
        return (page, errors);
    }

    private const string CountPaintedPixels = """
        id => {
            const c = document.getElementById(id);
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
            return n;
        }
        """;

    private static Task<int> PaintedPixelsAsync(IPage page, string canvasId) => page.EvaluateAsync<int>(CountPaintedPixels, canvasId);

    private static List<string> CollectConsoleErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") errors.Add(message.Text);
        };
        return errors;
    }

    private async Task ChangeExperimentAsync(bool start)
    {
        await using var scope = browser.Site.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<ExperimentAdmin>();
        var result = start
            ? await admin.StartAsync(ExperimentsStartup.DefaultExperiment, CancellationToken.None)
            : await admin.StopAsync(ExperimentsStartup.DefaultExperiment, CancellationToken.None);
        Assert.True(result.Succeeded, result.Message);
    }

    private long Count(string sql) => browser.Site.Scalar(sql);

    private string Text(string sql)
    {
        using var connection = new SqliteConnection(browser.Site.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }
}
