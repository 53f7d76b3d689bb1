using MusicRecommender.TestSupport;
using MusicRecommender.TestSupport.Spotify;

namespace MusicRecommender.Web.Tests.Lookup;

/// <summary>
/// The seeded site on Kestrel with live lookup on, every outside service pointed at one fake
/// server on loopback, and short timeouts. Tests share it (a seeded site takes seconds to start), so
/// each uses its own songs and calls <see cref="ResetAsync"/> first.
/// </summary>
public sealed class LiveLookupSiteFixture : IAsyncLifetime
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromMilliseconds(400);

    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMilliseconds(1500);

    /// <summary>The site's budget for one live lookup: less than both services' timeouts together.</summary>
    public static readonly TimeSpan LookupBudget = TimeSpan.FromMilliseconds(2500);

    /// <summary>The most a page may take whatever the outside services do, with room for a busy machine.</summary>
    public static readonly TimeSpan PageBudget = LookupBudget + TimeSpan.FromSeconds(1.5);

    private bool _failed;

    public FakeSpotifyServer Fake { get; private set; } = null!;

    public SiteFactory Site { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The fake first: the site's settings name its port.
        Fake = await FakeSpotifyServer.StartAsync(FakeSongs.All);
        var settings = Fake.SiteSettings(AttemptTimeout, TotalTimeout);
        settings["Lookup:Budget"] = LookupBudget.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        Site = new SiteFactory(seed: true, settings, kestrel: true);
        Site.StartServer();
        await Site.WaitUntilReadyAsync();
        Client = new HttpClient { BaseAddress = Site.ServerAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Healthy services again; after a failure test, waits until the circuit breakers have forgotten it.</summary>
    public async Task ResetAsync()
    {
        Fake.Reset();
        if (_failed) await Task.Delay(FakeSpotifyServer.BreakerMemory);
        _failed = false;
    }

    /// <summary>
    /// Closes the site's Spotify circuit breaker if an earlier test left it open: waiting is not enough, since a
    /// half-open breaker stays half-open until a call decides. Searches for a song nobody has until one search
    /// reaches the (healthy) fake, which closes the breaker; then waits until that success has left the window.
    /// </summary>
    public async Task EnsureSpotifyCircuitClosedAsync()
    {
        for (var probe = 0; probe < 50; probe++)
        {
            var before = Fake.Count("/spotify-api/v1/search");
            using var response = await Client.GetAsync($"/api/recommendations?q=circuit+probe+{Guid.NewGuid():N}&catalog=anime");
            if (Fake.Count("/spotify-api/v1/search") > before)
            {
                await Task.Delay(FakeSpotifyServer.BreakerMemory);
                return;
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException("The site's Spotify circuit stayed open for five seconds.");
    }

    public void Fail(FakeService service, FakeMode mode, int times = int.MaxValue)
    {
        _failed = true;
        Fake.Set(service, mode, times);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Site.Dispose();
        await Fake.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class LiveLookupSiteCollection : ICollectionFixture<LiveLookupSiteFixture>
{
    public const string Name = "live lookup site";
}
