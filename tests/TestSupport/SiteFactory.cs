using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.Web.Startup;

namespace MusicRecommender.TestSupport;

/// <summary>
/// The real site on a real SQLite file in a temp folder. With <c>seed</c>, the first start imports
/// ../shared/data and trains both catalogs, exactly as a new user's first run does.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new("musicrec-site");
    private readonly Dictionary<string, string?> _settings;

    public SiteFactory(bool seed = true, IDictionary<string, string?>? settings = null, bool kestrel = false)
    {
        DatabasePath = _folder.File("musicrec.db");
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = $"Data Source={DatabasePath}",
            ["Catalog:SeedPath"] = seed ? SharedData.DataFolder : _folder.File("no-seed-here"),
            ["Catalog:SeedOnStartup"] = seed ? "true" : "false",
            ["RateLimiting:ApiPermitsPerMinute"] = "100000",
            ["Models:RefreshSeconds"] = "1",
            ["DataProtection:KeysPath"] = _folder.File("keys"),
            // Ranking tests see the model alone; experiment tests start the default experiment themselves.
            ["Experiments:StartDefault"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
        if (kestrel) UseKestrel(0);
    }

    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    /// <summary>Waits for the first-start import and training to finish and both models to be served.</summary>
    public async Task<SiteFactory> WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        _ = Services; // starts the host
        var store = Services.GetRequiredService<ModelStore>();
        var status = Services.GetRequiredService<CatalogStatus>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(3));
        while (DateTime.UtcNow < deadline)
        {
            if (status.State == CatalogState.Failed) throw new InvalidOperationException("Seeding failed: " + status.Message);
            if (status.State == CatalogState.Empty) return this;
            if (status.State == CatalogState.Ready && CatalogNames.Targets.All(c => store.Get(c) is not null)) return this;
            await Task.Delay(100);
        }
        throw new TimeoutException($"The site was not ready in time (state {status.State}: {status.Message}).");
    }

    /// <summary>A SQL scalar on the site's database file, for checks that bypass the site.</summary>
    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }
    }
}
