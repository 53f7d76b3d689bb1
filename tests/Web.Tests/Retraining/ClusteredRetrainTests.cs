using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.TestSupport;
using MusicRecommender.Web.Retraining;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Retraining;

/// <summary>
/// On PostgreSQL the instances share Hangfire's storage (schema <c>hangfire</c> in the site's database): a
/// scheduled retrain runs on exactly one of them, and "Retrain now" on several at once starts one run. Two
/// more instances join the seeded PostgreSQL site's database, so three Hangfire servers share one schedule.
/// </summary>
[Collection(SeededPostgresSiteCollection.Name)]
public sealed class ClusteredRetrainTests(SeededPostgresSiteFixture fixture)
{
    [Fact]
    public async Task Schedule_WhenInstancesShareOnePostgresDatabase_RunsOnExactlyOneOfThem()
    {
        var main = fixture.Site;
        var last = main.Scalar("SELECT COALESCE(MAX(\"Id\"), 0) FROM \"RetrainRuns\"");
        // A schedule that fires at the start of a minute soon after the instances are up (cron in the server's
        // time zone; that date comes round again only next year).
        var soon = DateTime.Now.AddSeconds(25);
        var due = new DateTime(soon.Year, soon.Month, soon.Day, soon.Hour, soon.Minute, 0, DateTimeKind.Local).AddMinutes(1);
        var cron = $"{due.Minute} {due.Hour} {due.Day} {due.Month} *";
        using var one = Instance(cron);
        using var two = Instance(cron);
        await Task.WhenAll(one.WaitUntilReadyAsync(), two.WaitUntilReadyAsync());
        var schedules = new[] { main, one, two }.Select(s => s.Services.GetRequiredService<RetrainScheduler>().Describe()).ToList();

        Assert.All(schedules, s => Assert.True(s.Shared));
        Assert.Equal(3, schedules.Select(s => s.Instance).Distinct().Count());
        Assert.All(schedules, s => Assert.True(s.Servers >= 3, $"{s.Servers} Hangfire servers"));
        Assert.All(schedules, s => Assert.Equal(cron, s.Cron));
        Assert.All(schedules, s => Assert.Equal(new DateTimeOffset(due), s.NextRun));
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(4);
        while (main.Scalar($"SELECT COUNT(*) FROM \"RetrainRuns\" WHERE \"Id\" > {last} AND \"Status\" <> 0") == 0 && DateTime.UtcNow < deadline) await Task.Delay(250);
        await Task.Delay(TimeSpan.FromSeconds(3)); // room for a second firing, were there one

        Assert.Equal(1, main.Scalar($"SELECT COUNT(*) FROM \"RetrainRuns\" WHERE \"Id\" > {last}"));
        Assert.Equal(1, main.Scalar($"SELECT COUNT(*) FROM \"RetrainRuns\" WHERE \"Id\" > {last} AND \"Trigger\" = 0 AND \"Status\" IN (1, 2) AND \"Instance\" IS NOT NULL"));
        Assert.Equal(1, main.Scalar($"SELECT COUNT(*) FROM \"RetrainRunSteps\" WHERE \"RunId\" > {last} AND \"Name\" = 'gate' AND \"Catalog\" = 1"));
    }

    [Fact]
    public async Task Retrain_WhenRequestedOnTwoInstancesAtOnce_StartsOneRunAcrossTheCluster()
    {
        var main = fixture.Site;
        var last = main.Scalar("SELECT COALESCE(MAX(\"Id\"), 0) FROM \"RetrainRuns\"");
        using var other = Instance(cron: null);
        await other.WaitUntilReadyAsync();
        Browsing[] admins = [await Browsing.AdminAsync(main), await Browsing.AdminAsync(other)];
        foreach (var admin in admins) await admin.TokenAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => RetrainSite.RequestRunAsync(admins[i % 2])));
        var runId = answers[0].GetProperty("runId").GetInt32();
        var run = await RetrainSite.WaitForRunAsync(admins[1], runId, TimeSpan.FromMinutes(3));

        Assert.All(answers, a => Assert.Equal(runId, a.GetProperty("runId").GetInt32()));
        Assert.Single(answers, a => a.GetProperty("started").GetBoolean());
        Assert.NotEqual("running", run.GetProperty("status").GetString());
        Assert.Equal(1, main.Scalar($"SELECT COUNT(*) FROM \"RetrainRuns\" WHERE \"Id\" > {last}"));
        var stats = await other.CreateClient().GetFromJsonAsync<JsonElement>("/api/catalog/stats");
        Assert.Equal(2, stats.GetProperty("models").EnumerateArray().Count(m => m.GetProperty("active").GetBoolean()));
    }

    /// <summary>Another instance on the seeded PostgreSQL site's database (fast training, so whichever instance runs it finishes quickly).</summary>
    private SiteFactory Instance(string? cron)
    {
        var settings = new Dictionary<string, string?>(RetrainSite.FastTraining)
        {
            ["ConnectionStrings:Default"] = fixture.Site.ConnectionString,
            ["Retraining:CatchUpOnStart"] = "false",
        };
        if (cron is not null) settings["Retraining:Cron"] = cron;
        return new SiteFactory(seed: false, settings: settings, provider: DatabaseProvider.Postgres);
    }
}
