using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Web.Experiments;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Pages;

[Collection(SeededSiteCollection.Name)]
public sealed class AdminPagesTests(SeededSiteFixture fixture)
{
    [Fact]
    public async Task ModelPage_ForTheActiveModel_CarriesTheCurvesWithTheChosenKTheProfilesAndASampledMap()
    {
        var admin = await Browsing.AdminAsync(fixture.Site);

        var html = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/Admin/Models"));

        var k = fixture.Site.Scalar("SELECT K FROM ModelVersions WHERE Status = 1 ORDER BY Catalog LIMIT 1");
        Assert.Contains($"\"chosen\":{k}", html, StringComparison.Ordinal);
        Assert.Contains("\"inertia\":[", html, StringComparison.Ordinal);
        Assert.Contains("\"points\":[[", html, StringComparison.Ordinal);
        Assert.Equal(k, System.Text.RegularExpressions.Regex.Count(html, "<tr data-cluster="));
        Assert.Contains("(chosen)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShowsCoverageTheSecondMetricAndTheRunningTime_AndStopAndShipServesTheWinner()
    {
        var admin = await Browsing.AdminAsync(fixture.Site);
        var name = $"ship-{Guid.NewGuid():N}"[..20];
        await using (var scope = fixture.Site.Services.CreateAsyncScope())
        {
            var experiments = scope.ServiceProvider.GetRequiredService<ExperimentAdmin>();
            Assert.True((await experiments.CreateAsync(name, null, new Dictionary<string, double> { ["exact"] = 1, ["random"] = 1 }, "random", CancellationToken.None)).Succeeded);
            Assert.True((await experiments.StartAsync(name, CancellationToken.None)).Succeeded);
        }
        await Browsing.Start(fixture.Site).Http.GetStringAsync("/results?q=Shape+of+You+Ed+Sheeran&catalog=anime");

        var html = WebUtility.HtmlDecode(await admin.Http.GetStringAsync($"/Admin?name={name}&mde=4"));
        Assert.Contains("id=\"coverage\">100.0%", html, StringComparison.Ordinal);
        Assert.Contains("id=\"lists-metric\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"running-time\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"ship-form\"", html, StringComparison.Ordinal);
        var json = await admin.Http.GetStringAsync($"/api/admin/experiments/{name}/results");
        Assert.Contains("\"coverage\":{\"share\":1,", json, StringComparison.Ordinal);
        Assert.Contains("\"listsWithPositive\":[{", json, StringComparison.Ordinal);

        using var shipped = await admin.SubmitAsync($"/Admin?name={name}", $"/Admin?name={name}&handler=Ship", new Dictionary<string, string> { ["variant"] = "exact" });
        Assert.Equal(HttpStatusCode.Redirect, shipped.StatusCode);
        Assert.Equal(0, fixture.Site.Scalar($"SELECT IsActive FROM Experiments WHERE Name = '{name}'"));
        Assert.Equal(1, fixture.Site.Scalar($"SELECT COUNT(*) FROM Experiments WHERE Name = '{name}-ship-exact' AND IsActive = 1"));
        var before = fixture.Site.Scalar("SELECT COUNT(*) FROM Impressions WHERE Variant = 'exact'");
        await Browsing.Start(fixture.Site).Http.GetStringAsync("/results?q=Shape+of+You+Ed+Sheeran&catalog=anime");
        Assert.Equal(before + 1, fixture.Site.Scalar("SELECT COUNT(*) FROM Impressions WHERE Variant = 'exact'"));

        await using var cleanup = fixture.Site.Services.CreateAsyncScope();
        Assert.True((await cleanup.ServiceProvider.GetRequiredService<ExperimentAdmin>().StopAsync($"{name}-ship-exact", CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task Ship_TheRandomControl_IsRefused()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var change = await scope.ServiceProvider.GetRequiredService<ExperimentAdmin>().ShipAsync(ExperimentsStartup.DefaultExperiment, RecommenderVariants.Random, CancellationToken.None);

        Assert.False(change.Succeeded);
        Assert.Contains("baseline", change.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAnalytics_ShowsTheGenresOfSearchedSongsAndAWordCloud()
    {
        await Browsing.Start(fixture.Site).Http.GetStringAsync("/results?q=Shape+of+You+Ed+Sheeran&catalog=anime");
        var admin = await Browsing.AdminAsync(fixture.Site);

        var html = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/Admin/Searches"));

        Assert.Contains("id=\"word-cloud\"", html, StringComparison.Ordinal);
        Assert.Matches("<li class=\"w-\\d\" title=\"\\d+\">sheeran", html);
        Assert.Contains("id=\"searched-genres\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LockoutPage_SaysWhenToTryAgainAndLinksBack()
    {
        var html = WebUtility.HtmlDecode(await fixture.Site.CreateClient().GetStringAsync("/Identity/Account/Lockout"));

        Assert.Contains("Try again in 15 minutes", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\">Back to search", html, StringComparison.Ordinal);
        Assert.Contains("/Identity/Account/ForgotPassword", html, StringComparison.Ordinal);
    }
}
