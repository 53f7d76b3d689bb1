using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace MusicRecommender.Scale.Tests;

/// <summary>
/// Issue 7's two-instance test: two real site processes on one PostgreSQL database behave as one
/// site. A failing test prints the last lines of both sites' output.
/// </summary>
[Collection(TwoSitesCollection.Name)]
public sealed class TwoInstanceTests(TwoSites sites, ITestOutputHelper output)
{
    [Fact]
    public Task FirstStart_WhenTwoInstancesStartTogetherOnAnEmptyDatabase_OneImportsAndTrainsOneModelPerCatalog() => WithLogsAsync(async () =>
    {
        var facts = sites.AfterFirstStart;
        output.WriteLine($"Both first starts took {sites.FirstStart.TotalSeconds:F0} s.");

        Assert.Equal(1, facts.Imports);
        Assert.True(facts.Tracks >= 85_000, $"{facts.Tracks} tracks");
        Assert.Equal(1, facts.AnimeModels);
        Assert.Equal(1, facts.KpopModels);
        Assert.Equal(1, facts.Admins);
        Assert.Equal(1, facts.Experiments);
        Assert.Equal(1, facts.Keys);
        Assert.Equal(1, facts.FirstStartRuns); // the first training is a recorded run (trigger first-start)
        foreach (var site in new[] { sites.A, sites.B })
        {
            Assert.Equal(0, site.CountLines("Preparing the catalog failed"));
            Assert.Equal(0, site.CountLines("Seed import error"));
            Assert.Equal(0, site.CountLines("Could not create the admin"));
            Assert.False(site.HasExited);
        }
        foreach (var catalog in new[] { "anime", "kpop" })
            Assert.Equal(await sites.A.ServedModelVersionAsync(catalog), await sites.B.ServedModelVersionAsync(catalog));
    });

    [Fact]
    public Task Rating_WhenPostedToOneInstance_AppearsOnTheOthersDashboard() => WithLogsAsync(async () =>
    {
        var admin = new Visitor();
        using (var signIn = await admin.SignInAsync(sites.B, sites.B, TwoSites.AdminEmail, TwoSites.AdminPassword))
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var before = await DashboardAsync(admin);

        var listener = new Visitor();
        var list = await listener.RecommendAsync(sites.A, "Blinding Lights");
        var variant = list.GetProperty("variant").GetString()!;
        using var rated = await listener.RateAsync(sites.A, await listener.AntiforgeryTokenAsync(sites.A),
            list.GetProperty("impressionId").GetString()!, list.GetProperty("items")[0].GetProperty("trackId").GetInt32(), 5);
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);

        var after = await DashboardAsync(admin);
        Assert.Equal(before[variant].Ratings + 1, after[variant].Ratings);
        Assert.Equal(before[variant].FiveStars + 1, after[variant].FiveStars);
        Assert.Equal(before.Sum(v => v.Value.Ratings) + 1, after.Sum(v => v.Value.Ratings));
    });

    [Fact]
    public Task SignIn_OnOneInstance_IsValidOnTheOther() => WithLogsAsync(async () =>
    {
        var visitor = new Visitor();
        const string results = "/api/admin/experiments/recommender-vs-random/results";
        using (var anonymous = await visitor.GetAsync(sites.B, results))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using (var signIn = await visitor.SignInAsync(sites.A, sites.A, TwoSites.AdminEmail, TwoSites.AdminPassword))
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var onB = await visitor.GetAsync(sites.B, results);

        Assert.Contains("__Host-mr-auth", visitor.CookieNames);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        // The keys came from the database: neither instance wrote its key folder.
        Assert.Empty(KeyFiles(sites.A));
        Assert.Empty(KeyFiles(sites.B));
    });

    [Fact]
    public Task AntiforgeryTokens_IssuedByOneInstance_AreAcceptedByTheOther() => WithLogsAsync(async () =>
    {
        var visitor = new Visitor();
        var list = await visitor.RecommendAsync(sites.B, "Levitating", "kpop");

        using var rated = await visitor.RateAsync(sites.B, await visitor.AntiforgeryTokenAsync(sites.A),
            list.GetProperty("impressionId").GetString()!, list.GetProperty("items")[1].GetProperty("trackId").GetInt32(), 3);
        using var signIn = await visitor.SignInAsync(sites.A, sites.B, TwoSites.AdminEmail, TwoSites.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    });

    [Fact]
    public Task Model_WhenAnotherProcessActivatesOne_IsServedByBothInstances() => WithLogsAsync(async () =>
    {
        var served = await sites.A.ServedModelVersionAsync("anime");

        // A retrain from the command line on the shared database; the gate is opened so it surely activates.
        var settings = sites.Settings("cli");
        settings["Training:MinSilhouette"] = "-1";
        var (exit, text) = await PipelineProcess.RunAsync(settings, "train", "--catalog", "anime", "--seed", "7");
        Assert.True(exit == 0, text);
        // Recorded as a run of the one runner (trigger cli), the anime catalog's six steps.
        var runId = sites.Scalar("SELECT MAX(\"Id\") FROM \"RetrainRuns\" WHERE \"Trigger\" = 3");
        Assert.Contains($"Recorded as retrain run {runId} (succeeded).", text, StringComparison.Ordinal);
        Assert.Equal(6, sites.Scalar($"SELECT COUNT(*) FROM \"RetrainRunSteps\" WHERE \"RunId\" = {runId} AND \"Catalog\" = 1 AND \"Status\" = 1"));
        var active = sites.Scalar("SELECT \"Version\" FROM \"ModelVersions\" WHERE \"Catalog\" = 1 AND \"Status\" = 1");
        Assert.NotEqual(served, active);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        var versions = (A: served, B: served);
        while (DateTime.UtcNow < deadline && (versions.A != active || versions.B != active))
        {
            await Task.Delay(250);
            versions = (await sites.A.ServedModelVersionAsync("anime"), await sites.B.ServedModelVersionAsync("anime"));
        }
        Assert.Equal((active, active), ((long)versions.A, (long)versions.B));
    });

    private async Task<Dictionary<string, (int Ratings, int FiveStars)>> DashboardAsync(Visitor admin)
    {
        using var response = await admin.GetAsync(sites.B, "/api/admin/experiments/recommender-vs-random/results");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("variants").EnumerateArray().ToDictionary(
            v => v.GetProperty("name").GetString()!,
            v => (v.GetProperty("ratings").GetInt32(), v.GetProperty("starCounts")[4].GetInt32()));
    }

    private IEnumerable<string> KeyFiles(SiteProcess site)
    {
        var folder = sites.KeysFolder(site);
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder) : [];
    }

    private async Task WithLogsAsync(Func<Task> test)
    {
        try
        {
            await test();
        }
        catch
        {
            output.WriteLine(sites.Logs());
            throw;
        }
    }
}
