using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.Pipeline.Retraining;
using MusicRecommender.TestSupport;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Retraining;

/// <summary>A run that fails at any step, or that the gate rejects, leaves the active models serving — and says why.</summary>
[Collection(RetrainCollection.Name)]
public sealed class RetrainSafetyTests(RetrainSite fixture)
{
    public static TheoryData<string> Steps => [.. RetrainSteps.All];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Run_WhenAStepThrows_FailsWithTheReasonAndLeavesTheActiveModelsServing(string step)
    {
        var site = await fixture.FaultySiteAsync();
        fixture.Faults.FailAt(step);
        var before = await RetrainSite.ActiveVersionsAsync(site);
        var served = site.Services.GetRequiredService<ModelStore>().Get(TargetCatalog.Anime)!.ModelVersionId;
        var activations = fixture.Site.Scalar("SELECT COUNT(*) FROM ModelActivations");
        var versions = fixture.Site.Scalar("SELECT COUNT(*) FROM ModelVersions");
        var admin = await Browsing.AdminAsync(site);

        var runId = (await RetrainSite.RequestRunAsync(admin)).GetProperty("runId").GetInt32();
        var run = await RetrainSite.WaitForRunAsync(admin, runId);
        fixture.Faults.Clear();

        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.Equal($"anime: {step} failed: Injected fault before {step}.", run.GetProperty("error").GetString());
        var last = run.GetProperty("steps").EnumerateArray().Last();
        Assert.Equal(step, last.GetProperty("name").GetString());
        Assert.Equal("failed", last.GetProperty("status").GetString());
        Assert.DoesNotContain(run.GetProperty("steps").EnumerateArray(), s => s.GetProperty("catalog").GetString() == "kpop");
        Assert.Equal(before, await RetrainSite.ActiveVersionsAsync(site));
        Assert.Equal(before, await RetrainSite.ActiveVersionsAsync(fixture.Site));
        Assert.Equal(served, site.Services.GetRequiredService<ModelStore>().Get(TargetCatalog.Anime)!.ModelVersionId);
        Assert.Equal(activations, fixture.Site.Scalar("SELECT COUNT(*) FROM ModelActivations"));
        // A candidate stored before the fault is kept as rejected, with the run's failure as the reason.
        var stored = RetrainSteps.All.ToList().IndexOf(step) > RetrainSteps.All.ToList().IndexOf(RetrainSteps.Store);
        Assert.Equal(versions + (stored ? 1 : 0), fixture.Site.Scalar("SELECT COUNT(*) FROM ModelVersions"));
        Assert.Equal(0, fixture.Site.Scalar("SELECT COUNT(*) FROM ModelVersions WHERE Status = 0"));
        if (stored)
            Assert.Equal(1, fixture.Site.Scalar($"SELECT COUNT(*) FROM ModelVersions WHERE Status = 2 AND RejectionReason = 'Retrain run {runId} failed: anime: {step} failed: Injected fault before {step}.'"));
    }

    [Fact]
    public async Task Run_WhenTheGateRejectsTheCandidates_KeepsTheActiveVersionsAndSaysWhy()
    {
        using var strict = await fixture.SecondSiteAsync(new Dictionary<string, string?> { ["Training:MinSilhouette"] = "0.99" });
        var before = await RetrainSite.ActiveVersionsAsync(strict);
        var admin = await Browsing.AdminAsync(strict);

        var runId = (await RetrainSite.RequestRunAsync(admin)).GetProperty("runId").GetInt32();
        var run = await RetrainSite.WaitForRunAsync(admin, runId);

        Assert.Equal("rejected", run.GetProperty("status").GetString());
        Assert.Contains("is below the gate of 0.990 (Training:MinSilhouette)", run.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.All(run.GetProperty("metrics").EnumerateArray(), m => Assert.Equal("rejected", m.GetProperty("status").GetString()));
        Assert.DoesNotContain(run.GetProperty("steps").EnumerateArray(), s => s.GetProperty("name").GetString() == RetrainSteps.Activate);
        Assert.Equal(before, await RetrainSite.ActiveVersionsAsync(strict));
        Assert.Equal(before, await RetrainSite.ActiveVersionsAsync(fixture.Site));
        Assert.Equal(before["kpop"], strict.Services.GetRequiredService<ModelStore>().Get(TargetCatalog.Kpop)!.Version);
    }

    [Fact]
    public async Task Run_WhenItFailsOnce_IsRetriedAsANewAttemptThatSucceeds()
    {
        var faults = new FaultInjector();
        faults.FailAt(RetrainSteps.Fit, times: 1, catalog: TargetCatalog.Kpop);
        using var site = await fixture.SecondSiteAsync(new Dictionary<string, string?> { ["Retraining:MaxRetries"] = "2", ["Retraining:RetryDelay"] = "00:00:01" }, faults);
        var before = await RetrainSite.ActiveVersionsAsync(site);
        var admin = await Browsing.AdminAsync(site);

        var runId = (await RetrainSite.RequestRunAsync(admin)).GetProperty("runId").GetInt32();
        var failed = await RetrainSite.WaitForRunAsync(admin, runId);
        var retry = await WaitForRetryAsync(runId);
        var retried = await RetrainSite.WaitForRunAsync(admin, retry);

        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal("kpop: fit failed: Injected fault before fit.", failed.GetProperty("error").GetString());
        Assert.Equal("succeeded", retried.GetProperty("status").GetString());
        Assert.Equal(2, retried.GetProperty("attempt").GetInt32());
        Assert.Equal("admin", retried.GetProperty("trigger").GetString());
        var after = await RetrainSite.ActiveVersionsAsync(site);
        foreach (var catalog in new[] { "anime", "kpop" })
        {
            Assert.True(after[catalog] > before[catalog]);
            Assert.Equal(after[catalog], retried.GetProperty("modelVersions").GetProperty(catalog).GetInt32());
        }
        Assert.Equal(1, fixture.Site.Scalar($"SELECT COUNT(*) FROM RetrainRuns WHERE Id > {runId}"));
    }

    [Fact]
    public async Task Run_WhenTheSiteShutsDownMidRun_IsCancelledAndRecordedSo()
    {
        var faults = new FaultInjector();
        faults.HoldAt(RetrainSteps.Fit);
        var site = await fixture.SecondSiteAsync(hook: faults);
        var before = await RetrainSite.ActiveVersionsAsync(site);
        var admin = await Browsing.AdminAsync(site);
        var runId = (await RetrainSite.RequestRunAsync(admin)).GetProperty("runId").GetInt32();
        await faults.Reached.Task.WaitAsync(TimeSpan.FromMinutes(1));

        site.Dispose();

        Assert.Equal(3, fixture.Site.Scalar($"SELECT Status FROM RetrainRuns WHERE Id = {runId}"));
        Assert.Equal(1, fixture.Site.Scalar($"SELECT COUNT(*) FROM RetrainRuns WHERE Id = {runId} AND Error = 'Cancelled: the site is shutting down.' AND FinishedAt IS NOT NULL"));
        Assert.Equal(before, await RetrainSite.ActiveVersionsAsync(fixture.Site));
    }

    private async Task<int> WaitForRetryAsync(int runId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            var next = fixture.Site.Scalar($"SELECT COALESCE(MIN(Id), 0) FROM RetrainRuns WHERE Id > {runId}");
            if (next > 0) return (int)next;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No retry of run {runId} was started.");
    }
}
