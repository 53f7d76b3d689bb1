using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Web.Tests.Feedback;

/// <summary>The first admin from configuration, make-admin, and managing experiments through the admin pages.</summary>
public sealed class ExperimentAdminTests : IAsyncLifetime
{
    private const string AdminEmail = "first-admin@example.com";
    private const string AdminPassword = "configured admin password";

    private readonly SiteFactory _site = new(seed: false, settings: new Dictionary<string, string?>
    {
        ["Admin:Email"] = AdminEmail,
        ["Admin:Password"] = AdminPassword,
        ["Experiments:StartDefault"] = "true",
    });

    public Task InitializeAsync() => _site.WaitUntilReadyAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task FirstAdmin_WhenConfigured_IsCreatedAtStartAndSeesTheDefaultExperiment()
    {
        var admin = await SignInAsync(AdminEmail, AdminPassword);

        var dashboard = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/Admin"));

        Assert.Contains("recommender-vs-random", dashboard, StringComparison.Ordinal);
        Assert.Contains("Not enough data yet", dashboard, StringComparison.Ordinal);
        Assert.Contains("random (control)", dashboard, StringComparison.Ordinal);
        Assert.Equal(1, _site.Scalar("SELECT COUNT(*) FROM Experiments WHERE Name = 'recommender-vs-random' AND IsActive = 1 AND ControlVariant = 'random'"));
        Assert.Equal(2, _site.Scalar("SELECT COUNT(*) FROM ExperimentVariants WHERE Weight = 0.5"));
    }

    [Fact]
    public async Task Experiments_WhenAnAdminCreatesStartsAndReweighsOne_TakeEffectOneAtATime()
    {
        var admin = await SignInAsync(AdminEmail, AdminPassword);
        const string page = "/Admin/Experiments";

        using var created = await admin.SubmitAsync(page, $"{page}?handler=Create", new Dictionary<string, string>
        {
            ["Input.Name"] = "model-vs-exact", ["Input.Description"] = "Clusters against the whole catalog",
            ["Input.Weights[model]"] = "1", ["Input.Weights[exact]"] = "1", ["Input.Weights[random]"] = "0", ["Input.Control"] = "model",
        });
        using var refused = await admin.SubmitAsync(page, $"{page}?handler=Start", new Dictionary<string, string> { ["Input.Name"] = "model-vs-exact" });
        var refusal = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        using var stopped = await admin.SubmitAsync(page, $"{page}?handler=Stop", new Dictionary<string, string> { ["Input.Name"] = "recommender-vs-random" });
        using var started = await admin.SubmitAsync(page, $"{page}?handler=Start", new Dictionary<string, string> { ["Input.Name"] = "model-vs-exact" });
        using var reweighed = await admin.SubmitAsync(page, $"{page}?handler=Weights", new Dictionary<string, string>
        {
            ["Input.Name"] = "model-vs-exact", ["Input.Weights[model]"] = "0.9", ["Input.Weights[exact]"] = "0.1",
        });
        using var invalid = await admin.SubmitAsync(page, $"{page}?handler=Create", new Dictionary<string, string>
        {
            ["Input.Name"] = "Bad Name!", ["Input.Weights[model]"] = "1", ["Input.Weights[random]"] = "1", ["Input.Control"] = "random",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Stop recommender-vs-random first", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, reweighed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Equal("model-vs-exact", Text("SELECT Name FROM Experiments WHERE IsActive = 1"));
        Assert.Equal(900, _site.Scalar("SELECT CAST(Weight * 1000 AS INTEGER) FROM ExperimentVariants v JOIN Experiments e ON e.Id = v.ExperimentId WHERE e.Name = 'model-vs-exact' AND v.Name = 'model'"));
        Assert.Equal(0, _site.Scalar("SELECT COUNT(*) FROM ExperimentVariants v JOIN Experiments e ON e.Id = v.ExperimentId WHERE e.Name = 'model-vs-exact' AND v.Name = 'random'"));
        var results = await admin.Http.GetFromJsonAsync<JsonElement>("/api/admin/experiments/model-vs-exact/results");
        Assert.True(results.GetProperty("active").GetBoolean());
        Assert.Equal("model", results.GetProperty("control").GetString());
        Assert.Equal(["model", "exact"], results.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task MakeAdmin_WhenGivenARegisteredEmail_GrantsTheRoleAndFailsClearlyForAnUnknownOne()
    {
        await Browsing.CreateUserAsync(_site, "promoted@example.com", "promoted user password");

        var (promoted, output) = await RunPipelineAsync("make-admin", "promoted@example.com");
        var (unknown, error) = await RunPipelineAsync("make-admin", "nobody@example.com");
        var (missing, usage) = await RunPipelineAsync("make-admin");
        var admin = await SignInAsync("promoted@example.com", "promoted user password");
        using var dashboard = await admin.Http.GetAsync("/Admin");

        Assert.Equal(0, promoted);
        Assert.Contains("promoted@example.com is now an admin", output, StringComparison.Ordinal);
        Assert.Equal(1, unknown);
        Assert.Contains("no registered user has the email nobody@example.com", error, StringComparison.Ordinal);
        Assert.Equal(2, missing);
        Assert.Contains("make-admin EMAIL", usage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    private async Task<Browsing> SignInAsync(string email, string password)
    {
        var visitor = Browsing.Start(_site);
        using var response = await visitor.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return visitor;
    }

    private string Text(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_site.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>The real command line, as a process on the site's database file.</summary>
    private async Task<(int ExitCode, string Output)> RunPipelineAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MusicRecommender.Pipeline.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__Default"] = _site.ConnectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await error);
    }
}
