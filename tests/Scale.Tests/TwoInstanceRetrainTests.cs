using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace MusicRecommender.Scale.Tests;

/// <summary>
/// Issue 7, part 4: "a retrain triggered on both runs once", through the retrain API
/// (<c>POST /api/admin/retrain</c> → 202 with <c>runId</c> and <c>started</c>; <c>GET /api/admin/runs/{id}</c>).
/// </summary>
[Collection(TwoSitesCollection.Name)]
public sealed class TwoInstanceRetrainTests(TwoSites sites, ITestOutputHelper output)
{
    [Fact]
    public async Task Retrain_WhenTriggeredOnBothInstancesAtOnce_RunsOnce()
    {
        try
        {
            var before = sites.Scalar("SELECT COUNT(*) FROM \"ModelVersions\" WHERE \"Catalog\" = 2");
            var runsBefore = sites.Scalar("SELECT COUNT(*) FROM \"RetrainRuns\"");
            var admin = new Visitor();
            using (var signIn = await admin.SignInAsync(sites.A, sites.A, TwoSites.AdminEmail, TwoSites.AdminPassword))
                Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            var token = await admin.AntiforgeryTokenAsync(sites.A);

            var triggers = await Task.WhenAll(TriggerAsync(admin, sites.A, token), TriggerAsync(admin, sites.B, token));

            // Both instances accept and name the same run; exactly one of them started it.
            Assert.All(triggers, t => Assert.Equal(HttpStatusCode.Accepted, t.Status));
            Assert.Single(triggers.Select(t => t.RunId).Distinct());
            Assert.Equal(1, triggers.Count(t => t.Started));
            await WaitForRunAsync(admin, triggers[0].RunId!);
            Assert.Equal(runsBefore + 1, sites.Scalar("SELECT COUNT(*) FROM \"RetrainRuns\""));
            Assert.Equal(before + 1, sites.Scalar("SELECT COUNT(*) FROM \"ModelVersions\" WHERE \"Catalog\" = 2"));
        }
        catch
        {
            output.WriteLine(sites.Logs());
            throw;
        }
    }

    private static async Task<(HttpStatusCode Status, string? RunId, bool Started)> TriggerAsync(Visitor admin, SiteProcess site, string token)
    {
        using var http = admin.On(site);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/retrain");
        request.Headers.Add("X-XSRF-TOKEN", token);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Accepted) return (response.StatusCode, null, false);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body.GetProperty("runId").ToString(), body.GetProperty("started").GetBoolean());
    }

    private async Task WaitForRunAsync(Visitor admin, string id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await admin.GetAsync(sites.A, $"/api/admin/runs/{id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var run = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (run.GetProperty("status").GetString() is not "running") return;
            await Task.Delay(500);
        }
        throw new TimeoutException($"Run {id} did not finish.");
    }
}
