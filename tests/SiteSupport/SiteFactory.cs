using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.Web.Catalog;
using Npgsql;

namespace MusicRecommender.TestSupport;

/// <summary>
/// The real site on a real SQLite file in a temp folder. With <c>seed</c>, the first start imports
/// ../shared/data and trains both catalogs, exactly as a new user's first run does.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new("musicrec-site");
    private readonly Dictionary<string, string?> _settings;

    public SiteFactory(bool seed = true, IDictionary<string, string?>? settings = null, bool kestrel = false, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        Provider = provider;
        ConnectionString = provider == DatabaseProvider.Postgres
            ? PostgresServer.CreateDatabaseAsync().GetAwaiter().GetResult()
            : $"Data Source={_folder.File("musicrec.db")}";
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Default"] = ConnectionString,
            ["Catalog:SeedPath"] = seed ? SharedData.DataFolder : _folder.File("no-seed-here"),
            ["Catalog:SeedOnStartup"] = seed ? "true" : "false",
            ["RateLimiting:ApiPermitsPerMinute"] = "100000",
            ["RateLimiting:ListsPerMinute"] = "100000",
            ["RateLimiting:WritesPerMinute"] = "100000",
            ["RateLimiting:FormPostsPerMinute"] = "100000",
            ["Models:RefreshSeconds"] = "1",
            ["Jobs:PollInterval"] = "00:00:00.500",
            // Tests never reach the real outside services: unless a test points them at a fake,
            // they point at a closed loopback port (and Spotify has no credentials, so it is off).
            ["Spotify:ApiBaseUrl"] = OutsideServices.ClosedPort,
            ["Spotify:AccountsBaseUrl"] = OutsideServices.ClosedPort,
            ["Features:ReccoBeatsBaseUrl"] = OutsideServices.ClosedPort,
            // Keyless ReccoBeats is on by default on a real site; a site without a fake answers at once.
            ["Features:ReccoBeatsEnabled"] = "false",
            // No background enrichment after the seed import: it would call a test's fake ReccoBeats meanwhile.
            ["Enrichment:AfterSeedImport"] = "false",
            ["DataProtection:KeysPath"] = _folder.File("keys"),
            // Ranking tests see the model alone; experiment tests start the default experiment themselves.
            ["Experiments:StartDefault"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
        // Hangfire's SQLite file goes beside the site's database; a second instance on another site's database
        // keeps its own in its own temp folder, so the jobs it enqueues run on it (as its test expects).
        if (provider == DatabaseProvider.Sqlite && settings?.ContainsKey("ConnectionStrings:Default") == true && settings.ContainsKey("Jobs:SqlitePath") != true)
            _settings["Jobs:SqlitePath"] = _folder.File("hangfire.db");
        if (kestrel) UseKestrel(0);
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The site's database: a SQLite file in a temp folder, or a fresh PostgreSQL database.</summary>
    public string ConnectionString { get; }

    /// <summary>The loopback address of the Kestrel server (with <c>kestrel: true</c>, after <c>StartServer()</c>).</summary>
    public Uri ServerAddress
    {
        get
        {
            var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }

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
        // Generous: several seeded sites (SQLite and PostgreSQL) import and train at once on a 2-core machine.
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(8));
        while (DateTime.UtcNow < deadline)
        {
            if (status.State == CatalogState.Failed) throw new InvalidOperationException("Seeding failed: " + status.Message);
            if (status.State == CatalogState.Empty) return this;
            if (status.State == CatalogState.Ready && CatalogNames.Targets.All(c => store.Get(c) is not null)) return this;
            await Task.Delay(100);
        }
        throw new TimeoutException($"The site was not ready in time (state {status.State}: {status.Message}).");
    }

    /// <summary>A SQL scalar on the site's database, for checks that bypass the site (quote identifiers: "Tracks").</summary>
    public long Scalar(string sql)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A SQL text scalar on the site's database (null for NULL).</summary>
    public string? Text(string sql)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>An open connection to the site's database, for checks that read rows (SQL valid on both providers).</summary>
    public DbConnection OpenConnection()
    {
        DbConnection connection = Provider == DatabaseProvider.Postgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            if (Provider == DatabaseProvider.Postgres) PostgresServer.DropDatabaseAsync(ConnectionString).GetAwaiter().GetResult();
            _folder.Dispose();
        }
    }
}
