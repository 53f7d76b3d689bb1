using Microsoft.Playwright;
using MusicRecommender.TestSupport;
using MusicRecommender.TestSupport.Spotify;

namespace MusicRecommender.EndToEnd.Tests;

/// <summary>
/// The real site on Kestrel over loopback HTTP, seeded from ../shared/data, with live lookup on and
/// Spotify and ReccoBeats faked on loopback, and Debian's Chromium driven by Playwright (the
/// Playwright browser download is not available here).
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Songs only the fake Spotify knows (made-up words, so the real catalog never matches them).</summary>
    public static readonly FakeSong SpotifyOnly = FakeSong.Make(201, "Zorblax Carousel", "The Flimbertons");

    public static readonly FakeSong Pasted = FakeSong.Make(202, "Quibbly Parasol", "Vexa Plume");

    private IPlaywright? _playwright;

    public FakeSpotifyServer Fake { get; private set; } = null!;

    public SiteFactory Site { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium). .ci/run does this.");
        Fake = await FakeSpotifyServer.StartAsync([SpotifyOnly, Pasted]);
        Site = new SiteFactory(seed: true, Fake.SiteSettings(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)), kestrel: true);
        Site.StartServer();
        await Site.WaitUntilReadyAsync();
        BaseAddress = Site.ServerAddress;

        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(30_000);
        Browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Debian's Chromium, headless, as every browser test here runs it.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium). .ci/run does this.");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As root in a container Chromium needs --no-sandbox; the network flags stop it calling home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        // Generous: CI runs the test assemblies side by side on two cores; a passing step takes far less.
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Site?.Dispose();
        if (Fake is not null) await Fake.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
