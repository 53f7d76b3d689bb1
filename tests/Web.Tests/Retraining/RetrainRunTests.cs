using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.Web.Tests.Feedback;

namespace MusicRecommender.Web.Tests.Retraining;

/// <summary>A retrain end to end on the real catalog: requested through the API, recorded step by step, served at once.</summary>
[Collection(RetrainCollection.Name)]
public sealed class RetrainRunTests(RetrainSite fixture)
{
    [Fact]
    public async Task Retrain_WhenAnAdminRequestsIt_RunsEveryStepAndServesTheNewVersionWithoutARestart()
    {
        var site = fixture.Site;
        var before = await RetrainSite.ActiveVersionsAsync(site);
        var listener = Browsing.Start(site);
        var list = await listener.RecommendAsync("Shape of You Ed Sheeran");
        var impression = list.GetProperty("impressionId").GetString()!;
        int[] stars = [5, 4, 1];
        for (var i = 0; i < stars.Length; i++)
        {
            using var rated = await listener.RateAsync(impression, list.GetProperty("items")[i].GetProperty("trackId").GetInt32(), stars[i]);
            rated.EnsureSuccessStatusCode();
        }
        var admin = await Browsing.AdminAsync(site);

        var accepted = await RetrainSite.RequestRunAsync(admin);
        var runId = accepted.GetProperty("runId").GetInt32();
        var run = await RetrainSite.WaitForRunAsync(admin, runId);

        Assert.True(accepted.GetProperty("started").GetBoolean());
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal("admin", run.GetProperty("trigger").GetString());
        Assert.Equal("tests-admin@example.com", run.GetProperty("requestedBy").GetString());
        var steps = run.GetProperty("steps").EnumerateArray().Select(s => $"{s.GetProperty("catalog").GetString()}:{s.GetProperty("name").GetString()}:{s.GetProperty("status").GetString()}").ToList();
        Assert.Equal(CatalogNames.Targets.SelectMany(c => new[] { "load", "fit", "store", "feedback", "gate", "activate" }.Select(n => $"{c.Name()}:{n}:done")), steps);
        Assert.NotEmpty(run.GetProperty("log").EnumerateArray());
        var after = await RetrainSite.ActiveVersionsAsync(site);
        foreach (var catalog in new[] { "anime", "kpop" })
        {
            Assert.True(after[catalog] > before[catalog]);
            Assert.Equal(after[catalog], run.GetProperty("modelVersions").GetProperty(catalog).GetInt32());
        }
        var anime = run.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("catalog").GetString() == "anime");
        Assert.Equal(4, anime.GetProperty("k").GetInt32());
        Assert.Equal("active", anime.GetProperty("status").GetString());
        var feedback = anime.GetProperty("feedback");
        Assert.Equal(3, feedback.GetProperty("ratedItems").GetInt32()); // nobody else rates on this site
        Assert.Equal(10, feedback.GetProperty("topN").GetInt32());
        // The active model drew that list, so it keeps all three rated picks in its top 10.
        var active = feedback.GetProperty("active");
        Assert.Equal(before["anime"], active.GetProperty("modelVersion").GetInt32());
        Assert.Equal(3, active.GetProperty("kept").GetInt32());
        Assert.Equal(10 / 3.0, active.GetProperty("meanStars").GetDouble(), 9);
        var candidate = feedback.GetProperty("candidate");
        Assert.Equal(after["anime"], candidate.GetProperty("modelVersion").GetInt32());
        Assert.InRange(candidate.GetProperty("kept").GetInt32(), 0, 3);

        // Served at once on this instance, no restart and no refresh tick needed.
        Assert.Equal(after["anime"], site.Services.GetRequiredService<ModelStore>().Get(TargetCatalog.Anime)!.Version);
        var again = await listener.RecommendAsync("Shape of You Ed Sheeran");
        Assert.Equal(after["anime"], again.GetProperty("modelVersion").GetInt32());
        var stats = await site.CreateClient().GetFromJsonAsync<JsonElement>("/api/catalog/stats");
        Assert.Contains(stats.GetProperty("models").EnumerateArray(), m => m.GetProperty("catalog").GetString() == "anime"
            && m.GetProperty("version").GetInt32() == before["anime"] && m.GetProperty("status").GetString() == "retired");
        Assert.Equal(1, site.Scalar($"SELECT COUNT(*) FROM ModelActivations a JOIN ModelVersions m ON m.Id = a.ModelVersionId WHERE m.Catalog = 1 AND m.Version = {after["anime"]} AND a.ActivatedBy = 'run {runId}' AND a.Kind = 'training'"));
    }
}
