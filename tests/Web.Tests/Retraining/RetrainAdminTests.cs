using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.Pipeline.Retraining;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Retraining;

/// <summary>What admins do with retraining: one run however many ask, roll back and activate, the Jobs page, the start-up catch-up.</summary>
[Collection(RetrainCollection.Name)]
public sealed class RetrainAdminTests(RetrainSite fixture)
{
    [Fact]
    public async Task Retrain_WhenRequestedManyTimesAtOnceOnTwoInstances_StartsOneRun()
    {
        var faults = new FaultInjector();
        faults.HoldAt(RetrainSteps.Load); // keeps the run going while the requests arrive, whichever instance runs it
        using var one = await fixture.SecondSiteAsync(hook: faults);
        using var two = await fixture.SecondSiteAsync(hook: faults);
        Browsing[] admins = [await Browsing.AdminAsync(one), await Browsing.AdminAsync(two)];
        foreach (var admin in admins) await admin.TokenAsync();
        var last = fixture.Site.Scalar("SELECT COALESCE(MAX(Id), 0) FROM RetrainRuns");

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => RetrainSite.RequestRunAsync(admins[i % 2])));
        await faults.Reached.Task.WaitAsync(TimeSpan.FromMinutes(1));
        faults.Release();
        var runId = answers[0].GetProperty("runId").GetInt32();
        var run = await RetrainSite.WaitForRunAsync(admins[0], runId);

        Assert.All(answers, a => Assert.Equal(runId, a.GetProperty("runId").GetInt32()));
        Assert.Single(answers, a => a.GetProperty("started").GetBoolean());
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal(1, fixture.Site.Scalar($"SELECT COUNT(*) FROM RetrainRuns WHERE Id > {last}"));
    }

    [Fact]
    public async Task RollBack_WhenAnAdminRollsBackAndActivatesAgain_ServesEachVersionAtOnceAndRecordsWho()
    {
        var site = fixture.Site;
        var admin = await Browsing.AdminAsync(site);
        var run = await RetrainSite.WaitForRunAsync(admin, (await RetrainSite.RequestRunAsync(admin)).GetProperty("runId").GetInt32());
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        var before = await RetrainSite.ActiveVersionsAsync(site);
        var previous = (int)site.Scalar("SELECT Version FROM ModelVersions WHERE Catalog = 1 AND Status = 3 ORDER BY ActivatedAt DESC LIMIT 1");

        using var rolledBack = await admin.SubmitAsync("/Admin/Jobs", "/Admin/Jobs?handler=Rollback", new Dictionary<string, string> { ["Input.Catalog"] = "anime" });
        var page = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/Admin/Jobs"));
        var afterRollback = await RetrainSite.ActiveVersionsAsync(site);
        var served = site.Services.GetRequiredService<ModelStore>().Get(TargetCatalog.Anime)!.Version;
        var listed = await Browsing.Start(site).RecommendAsync("Shape of You Ed Sheeran");
        var stats = await site.CreateClient().GetFromJsonAsync<JsonElement>("/api/catalog/stats");

        Assert.Equal(HttpStatusCode.Redirect, rolledBack.StatusCode);
        Assert.Contains($"Anime model v{previous} is now active (was v{before["anime"]}).", page, StringComparison.Ordinal);
        Assert.Equal(previous, afterRollback["anime"]);
        Assert.Equal(before["kpop"], afterRollback["kpop"]);
        Assert.Equal(previous, served);
        Assert.Equal(previous, listed.GetProperty("modelVersion").GetInt32());
        var active = stats.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("catalog").GetString() == "anime" && m.GetProperty("active").GetBoolean());
        // Anonymous answers name a role, never the admin's address (which the admin's own records keep).
        Assert.Equal("admin roll-back", active.GetProperty("activatedBy").GetString());
        Assert.DoesNotContain("@", stats.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(1, site.Scalar($"SELECT COUNT(*) FROM ModelActivations a JOIN ModelVersions m ON m.Id = a.ModelVersionId WHERE m.Catalog = 1 AND m.Version = {previous} AND a.Kind = 'rollback' AND a.ActivatedBy = 'tests-admin@example.com'"));

        var newest = site.Scalar($"SELECT Id FROM ModelVersions WHERE Catalog = 1 AND Version = {before["anime"]}");
        using var activated = await admin.SubmitAsync("/Admin/Jobs", "/Admin/Jobs?handler=Activate", new Dictionary<string, string> { ["Input.ModelVersionId"] = newest.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal(before, await RetrainSite.ActiveVersionsAsync(site));
        Assert.Equal(before["anime"], site.Services.GetRequiredService<ModelStore>().Get(TargetCatalog.Anime)!.Version);
        Assert.Equal(1, site.Scalar($"SELECT COUNT(*) FROM ModelActivations WHERE ModelVersionId = {newest} AND Kind = 'activate' AND PreviousModelVersionId IS NOT NULL"));
        var statsAfter = await site.CreateClient().GetFromJsonAsync<JsonElement>("/api/catalog/stats");
        Assert.DoesNotContain("@", statsAfter.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(statsAfter.GetProperty("models").EnumerateArray(), m => m.GetProperty("activatedBy").GetString() == "admin");
    }

    [Fact]
    public async Task JobsPage_WhenAnAdminClicksRetrainNow_ShowsTheScheduleAndTheRunsProgressAndResult()
    {
        var admin = await Browsing.AdminAsync(fixture.Site);
        var page = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/Admin/Jobs"));
        Assert.Contains("<code id=\"cron\">0 3 * * *</code>", page, StringComparison.Ordinal);
        Assert.Matches("<dd id=\"next-run\">20\\d\\d-\\d\\d-\\d\\d 03:00 UTC</dd>", page);
        Assert.Contains("Hangfire on SQLite", page, StringComparison.Ordinal);

        using var posted = await admin.SubmitAsync("/Admin/Jobs", "/Admin/Jobs?handler=Retrain", new Dictionary<string, string>());
        var location = posted.Headers.Location!.ToString();
        var runId = int.Parse(location[(location.IndexOf("run=", StringComparison.Ordinal) + 4)..], System.Globalization.CultureInfo.InvariantCulture);
        var running = WebUtility.HtmlDecode(await admin.Http.GetStringAsync(location));
        await RetrainSite.WaitForRunAsync(admin, runId);
        var finished = WebUtility.HtmlDecode(await admin.Http.GetStringAsync(location));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains($"Retrain run {runId} started.", running, StringComparison.Ordinal);
        Assert.Contains($"data-run-url=\"/api/admin/runs/{runId}\"", running, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge on\" id=\"run-status\">succeeded</span>", finished, StringComparison.Ordinal);
        Assert.Equal(12, System.Text.RegularExpressions.Regex.Count(finished, "<tr data-step="));
        // The feedback comparison sits beside the silhouette for each catalog.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(finished, "<td>0\\.\\d{3}</td><td>\\d+</td><td>(\\d+ of \\d+ rated picks kept|no ratings yet)"));
        Assert.Contains($"<tr data-run=\"{runId}\" data-status=\"succeeded\">", finished, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetrainApi_WhenNotAllowed_AnswersProblemJson()
    {
        var anonymous = Browsing.Start(fixture.Site);
        await Browsing.CreateUserAsync(fixture.Site, "listener-jobs@example.com", "a long enough password");
        var listener = Browsing.Start(fixture.Site);
        (await listener.SignInAsync("listener-jobs@example.com", "a long enough password")).Dispose();
        var admin = await Browsing.AdminAsync(fixture.Site);

        using var unauthenticated = await anonymous.Http.PostAsync("/api/admin/retrain", null);
        using var forbidden = await listener.Http.PostAsync("/api/admin/retrain", null);
        using var noToken = await admin.Http.PostAsync("/api/admin/retrain", null);
        using var unknown = await admin.Http.GetAsync("/api/admin/runs/999999");

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("antiforgery", await noToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task StartUp_WhenTheLastSuccessIsOlderThanTheSchedulesPeriod_RetrainsOnce()
    {
        var site = fixture.Site;
        site.Scalar("UPDATE ModelVersions SET TrainedAt = '2020-01-01 00:00:00' WHERE Status = 1");
        site.Scalar("UPDATE RetrainRuns SET FinishedAt = '2020-01-01 00:00:00' WHERE Status = 1");
        var last = site.Scalar("SELECT COALESCE(MAX(Id), 0) FROM RetrainRuns");

        using var restarted = await fixture.SecondSiteAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (site.Scalar($"SELECT COUNT(*) FROM RetrainRuns WHERE Id > {last} AND Status <> 0") == 0 && DateTime.UtcNow < deadline) await Task.Delay(200);

        Assert.Equal(1, site.Scalar($"SELECT COUNT(*) FROM RetrainRuns WHERE Id > {last}"));
        Assert.Equal(1, site.Scalar($"SELECT COUNT(*) FROM RetrainRuns WHERE Id > {last} AND Trigger = 2 AND Status = 1 AND RequestedBy IS NULL"));
    }
}
