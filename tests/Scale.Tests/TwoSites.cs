using System.Diagnostics;
using MusicRecommender.TestSupport;
using Npgsql;

namespace MusicRecommender.Scale.Tests;

/// <summary>
/// Two site processes started at the same moment on one new, empty PostgreSQL database, each with
/// its own (different) data-protection key folder, so anything they share comes from the database.
/// Both first starts race to migrate, import and train; the tests check that exactly one did.
/// </summary>
public sealed class TwoSites : IAsyncLifetime
{
    public const string AdminEmail = "scale-admin@example.com";
    public const string AdminPassword = "scale admin passphrase";

    private readonly TempFolder _folder = new("musicrec-scale");

    public SiteProcess A { get; private set; } = null!;

    public SiteProcess B { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    /// <summary>How long the two first starts took together (migrate, import, train, serve).</summary>
    public TimeSpan FirstStart { get; private set; }

    public string KeysFolder(SiteProcess site) => _folder.File("keys-" + site.Name);

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync();
        var clock = Stopwatch.StartNew();
        A = SiteProcess.Start("A", Settings("A"));
        B = SiteProcess.Start("B", Settings("B"));
        var timeout = TimeSpan.FromMinutes(10);
        try
        {
            await Task.WhenAll(A.WaitUntilReadyAsync(timeout), B.WaitUntilReadyAsync(timeout));
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            throw new InvalidOperationException($"The two sites did not both start: {e.Message}\n{Logs()}", e);
        }
        FirstStart = clock.Elapsed;
        // Facts of the first start, before any test adds to them.
        AfterFirstStart = new FirstStartFacts(
            Imports: A.CountLines(ImportLogLine) + B.CountLines(ImportLogLine),
            Tracks: Scalar("SELECT COUNT(*) FROM \"Tracks\""),
            AnimeModels: Scalar("SELECT COUNT(*) FROM \"ModelVersions\" WHERE \"Catalog\" = 1"),
            KpopModels: Scalar("SELECT COUNT(*) FROM \"ModelVersions\" WHERE \"Catalog\" = 2"),
            Admins: Scalar($"SELECT COUNT(*) FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = '{AdminEmail.ToUpperInvariant()}'"),
            Experiments: Scalar("SELECT COUNT(*) FROM \"Experiments\""),
            Keys: Scalar("SELECT COUNT(*) FROM \"DataProtectionKeys\""),
            FirstStartRuns: Scalar("SELECT COUNT(*) FROM \"RetrainRuns\" WHERE \"Trigger\" = 4 AND \"Status\" IN (1, 2)"));
    }

    /// <summary>What the seeder logs when it starts importing into an empty catalog.</summary>
    public const string ImportLogLine = "Empty catalog: importing seed data";

    public FirstStartFacts AfterFirstStart { get; private set; } = null!;

    public IDictionary<string, string?> Settings(string name) => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Default"] = ConnectionString,
        ["Catalog:SeedPath"] = SharedData.DataFolder,
        ["Catalog:SeedOnStartup"] = "true",
        ["Admin:Email"] = AdminEmail,
        ["Admin:Password"] = AdminPassword,
        ["DataProtection:KeysPath"] = _folder.File("keys-" + name),
        ["RateLimiting:ApiPermitsPerMinute"] = "100000",
        ["RateLimiting:ListsPerMinute"] = "100000",
        ["RateLimiting:WritesPerMinute"] = "100000",
        ["RateLimiting:FormPostsPerMinute"] = "100000",
        ["Models:RefreshSeconds"] = "1",
        ["Experiments:StartDefault"] = "true",
        ["Spotify:ApiBaseUrl"] = OutsideServices.ClosedPort,
        ["Spotify:AccountsBaseUrl"] = OutsideServices.ClosedPort,
        ["Features:ReccoBeatsBaseUrl"] = OutsideServices.ClosedPort,
        ["Features:ReccoBeatsEnabled"] = "false",
    };

    public long Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Both sites' output, for a failing test's report.</summary>
    public string Logs() => (A is null ? "" : A.Tail() + "\n") + (B is null ? "" : B.Tail());

    public async Task DisposeAsync()
    {
        if (A is not null) await A.DisposeAsync();
        if (B is not null) await B.DisposeAsync();
        if (ConnectionString.Length > 0) await PostgresServer.DropDatabaseAsync(ConnectionString);
        _folder.Dispose();
    }
}

public sealed record FirstStartFacts(int Imports, long Tracks, long AnimeModels, long KpopModels, long Admins, long Experiments, long Keys, long FirstStartRuns);

[CollectionDefinition(Name)]
public sealed class TwoSitesCollection : ICollectionFixture<TwoSites>
{
    public const string Name = "two site processes on one PostgreSQL database";
}
