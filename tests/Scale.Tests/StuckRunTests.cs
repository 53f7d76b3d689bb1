using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MusicRecommender.TestSupport;
using Xunit.Abstractions;

namespace MusicRecommender.Scale.Tests;

/// <summary>
/// Issue 16, part 5: a retrain whose process is killed with SIGKILL mid-run is marked abandoned from its
/// heartbeat (here within seconds: the heartbeat is set short; by default within 1 min 45 s), and "Retrain now"
/// then starts a new run instead of pointing at the dead one. Real site processes on one SQLite database,
/// with Hangfire's file beside it.
/// </summary>
public sealed class StuckRunTests(ITestOutputHelper output) : IDisposable
{
    private const string AdminEmail = "stuck-admin@example.com";
    private const string AdminPassword = "killed mid retrain";

    private readonly TempFolder _folder = new("musicrec-stuck");
    private readonly List<SiteProcess> _sites = [];

    [Fact]
    public async Task Retrain_WhenItsProcessIsKilled_IsMarkedAbandonedAndANewRunStarts()
    {
        try
        {
            // A first start (import and train, fast), then the victim: same database, a slow fit so it is surely mid-run when killed.
            var first = await StartAsync("first", fast: true);
            await first.KillAsync();
            var victim = await StartAsync("victim", fast: false);
            var admin = await SignedInAdminAsync(victim);
            var runId = (await RequestRunAsync(admin, victim)).GetProperty("runId").GetInt32();
            var taken = await WaitForRunAsync(admin, victim, runId, run => run.GetProperty("instance").ValueKind == JsonValueKind.String, TimeSpan.FromMinutes(1));
            Assert.Equal("running", taken.GetProperty("status").GetString());

            await victim.KillAsync();
            var killedAt = Stopwatch.StartNew();
            var restarted = await StartAsync("restarted", fast: true);
            admin = await SignedInAdminAsync(restarted);
            var abandoned = await WaitForRunAsync(admin, restarted, runId, run => run.GetProperty("status").GetString() != "running", TimeSpan.FromMinutes(2));
            var markedAfter = killedAt.Elapsed;
            output.WriteLine($"Run {runId} marked {abandoned.GetProperty("status").GetString()} {markedAfter.TotalSeconds:F1} s after the kill (restart included).");

            Assert.Equal("abandoned", abandoned.GetProperty("status").GetString());
            Assert.Equal("Abandoned: the process running it stopped before it finished.", abandoned.GetProperty("error").GetString());
            Assert.True(markedAfter < TimeSpan.FromMinutes(2), $"marked after {markedAfter}");
            var again = await RequestRunAsync(admin, restarted);
            Assert.True(again.GetProperty("started").GetBoolean(), again.ToString());
            var next = again.GetProperty("runId").GetInt32();
            Assert.NotEqual(runId, next);
            var finished = await WaitForRunAsync(admin, restarted, next, run => run.GetProperty("status").GetString() != "running", TimeSpan.FromMinutes(3));
            Assert.Equal("succeeded", finished.GetProperty("status").GetString());
            Assert.True(File.Exists(_folder.File("hangfire.db")), "Hangfire's SQLite file sits beside the site's database");
        }
        catch
        {
            foreach (var site in _sites) output.WriteLine(site.Tail(60));
            throw;
        }
    }

    private async Task<SiteProcess> StartAsync(string name, bool fast)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={_folder.File("musicrec.db")}",
            ["Catalog:SeedPath"] = SharedData.DataFolder,
            ["Catalog:SeedOnStartup"] = "true",
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = AdminPassword,
            ["DataProtection:KeysPath"] = _folder.File("keys"),
            ["RateLimiting:ApiPermitsPerMinute"] = "100000",
            ["RateLimiting:ListsPerMinute"] = "100000",
            ["Experiments:StartDefault"] = "false",
            ["Spotify:ApiBaseUrl"] = OutsideServices.ClosedPort,
            ["Spotify:AccountsBaseUrl"] = OutsideServices.ClosedPort,
            ["Features:ReccoBeatsBaseUrl"] = OutsideServices.ClosedPort,
            ["Retraining:CatchUpOnStart"] = "false",
            ["Retraining:MaxRetries"] = "0",
            ["Retraining:HeartbeatInterval"] = "00:00:01",
            ["Retraining:HeartbeatTimeout"] = "00:00:04",
            ["Jobs:PollInterval"] = "00:00:00.500",
            ["Training:MinSilhouette"] = "0.05",
            // Fast: k fixed at 4; slow: k chosen from 2..40 with 100 restarts each, seconds per catalog at least.
            ["Training:K"] = fast ? "4" : "auto",
            ["Training:KMax"] = fast ? "12" : "40",
            ["Training:NInit"] = fast ? "2" : "100",
        };
        var site = SiteProcess.Start(name, settings);
        _sites.Add(site);
        await site.WaitUntilReadyAsync(TimeSpan.FromMinutes(10));
        return site;
    }

    private static async Task<Visitor> SignedInAdminAsync(SiteProcess site)
    {
        var admin = new Visitor();
        using var signIn = await admin.SignInAsync(site, site, AdminEmail, AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return admin;
    }

    private static async Task<JsonElement> RequestRunAsync(Visitor admin, SiteProcess site)
    {
        var token = await admin.AntiforgeryTokenAsync(site);
        using var http = admin.On(site);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/retrain");
        request.Headers.Add("X-XSRF-TOKEN", token);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> WaitForRunAsync(Visitor admin, SiteProcess site, int runId, Func<JsonElement, bool> until, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var response = await admin.GetAsync(site, $"/api/admin/runs/{runId}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var run = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (until(run)) return run;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Run {runId}: {run}");
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        foreach (var site in _sites) site.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _folder.Dispose();
    }
}
