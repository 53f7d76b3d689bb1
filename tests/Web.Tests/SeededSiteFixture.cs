using MusicRecommender.Infrastructure.Data;
using MusicRecommender.TestSupport;
using MusicRecommender.TestSupport.Spotify;
using MusicRecommender.Web.Tests.Keyless;

namespace MusicRecommender.Web.Tests;

/// <summary>
/// One site per provider and test run, seeded from ../shared/data on first start like a new user's.
/// The SQLite site is keyless like every new install: no Spotify credentials, and ReccoBeats faked on
/// loopback (<see cref="Fake"/>) with songs the catalog does not have (<see cref="KeylessSongs"/>).
/// </summary>
public abstract class SeededSite(DatabaseProvider provider, bool keyless) : IAsyncLifetime
{
    public SiteFactory Site { get; private set; } = null!;

    /// <summary>The fake ReccoBeats of a keyless site; null on the offline one.</summary>
    public FakeSpotifyServer? Fake { get; private set; }

    public async Task InitializeAsync()
    {
        if (keyless) Fake = await FakeSpotifyServer.StartAsync(KeylessSongs.All);
        // Generous timeouts: these tests check what is found, not how fast (LiveLookupSiteFixture owns the budgets),
        // and a loopback fake can be slow while the whole suite runs on two cores.
        var settings = Fake?.KeylessSettings(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30));
        if (settings is not null) settings["Lookup:Budget"] = "00:01:00";
        Site = new SiteFactory(provider: provider, settings: settings);
        await Site.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        Site?.Dispose();
        if (Fake is not null) await Fake.DisposeAsync();
    }
}

public sealed class SeededSiteFixture() : SeededSite(DatabaseProvider.Sqlite, keyless: true);

public sealed class SeededPostgresSiteFixture() : SeededSite(DatabaseProvider.Postgres, keyless: false);

[CollectionDefinition(Name)]
public sealed class SeededSiteCollection : ICollectionFixture<SeededSiteFixture>
{
    public const string Name = "seeded site (SQLite)";
}

[CollectionDefinition(Name)]
public sealed class SeededPostgresSiteCollection : ICollectionFixture<SeededPostgresSiteFixture>
{
    public const string Name = "seeded site (PostgreSQL)";
}
