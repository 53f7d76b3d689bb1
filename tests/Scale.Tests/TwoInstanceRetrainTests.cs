using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace MusicRecommender.Scale.Tests;

/// <summary>
/// Issue 7, part 4: "a retrain triggered on both runs once". Written against the retrain API of the
/// retraining branch (<c>POST /api/admin/retrain</c>, <c>GET /api/admin/runs/{id}</c>) and Quartz's
/// clustered store on PostgreSQL.
/// TODO(merge with the retraining branch): this file is excluded from compilation in Scale.Tests.csproj
/// until that API exists; enable it there and check the body and field names below against its README.
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
            var admin = new Visitor();
            using (var signIn = await admin.SignInAsync(sites.A, sites.A, TwoSites.AdminEmail, TwoSites.AdminPassword))
                Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            var token = await admin.AntiforgeryTokenAsync(sites.A);

            var triggers = await Task.WhenAll(TriggerAsync(admin, sites.A, token), TriggerAsync(admin, sites.B, token));

            // Each instance answers (accepted, or "already running"), and whatever run ids they name end.
            Assert.All(triggers, t => Assert.Contains(t.Status, new[] { HttpStatusCode.Accepted, HttpStatusCode.Conflict }));
            foreach (var id in triggers.Select(t => t.RunId).OfType<string>().Distinct()) await WaitForRunAsync(admin, id);
            Assert.Equal(before + 1, sites.Scalar("SELECT COUNT(*) FROM \"ModelVersions\" WHERE \"Catalog\" = 2"));
        }
        catch
        {
            output.WriteLine(sites.Logs());
            throw;
        }
    }

    private static async Task<(HttpStatusCode Status, string? RunId)> TriggerAsync(Visitor admin, SiteProcess site, string token)
    {
        using var http = admin.On(site);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/retrain") { Content = JsonContent.Create(new { catalog = "kpop" }) };
        request.Headers.Add("X-XSRF-TOKEN", token);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Accepted) return (response.StatusCode, null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body.GetProperty("id").ToString());
    }

    private async Task WaitForRunAsync(Visitor admin, string id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await admin.GetAsync(sites.A, $"/api/admin/runs/{id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var run = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (run.GetProperty("status").GetString() is "succeeded" or "failed" or "rejected") return;
            await Task.Delay(500);
        }
        throw new TimeoutException($"Run {id} did not finish.");
    }
}
