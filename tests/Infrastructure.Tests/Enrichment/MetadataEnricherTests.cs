using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Enrichment;
using MusicRecommender.TestSupport;
using static MusicRecommender.TestSupport.CatalogFiles;

namespace MusicRecommender.Infrastructure.Tests.Enrichment;

/// <summary>
/// Enrichment against the fake ReccoBeats (and Spotify) on loopback, over a real database on both providers:
/// slug-only tracks of the K-pop/western list get their artists' real names, and the run survives outages.
/// </summary>
public sealed class MetadataEnricherTests : IDisposable
{
    private const int HungHaTracks = 45;

    private readonly TempFolder _files = new("musicrec-enrich");

    public static IEnumerable<object[]> Providers => TestDatabase.Providers;

    public void Dispose() => _files.Dispose();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Run_WhenReccoBeatsKnowsTheMissingArtists_NamesThemInBatchesOf40AndSearchFindsThemByName(DatabaseProvider provider)
    {
        await using var fake = await FakeSpotifyServer.StartAsync();
        // ReccoBeats knows one CHUNG HA track and the BOL4 one; the other CHUNG HA tracks are named by slug learning.
        fake.Add(Known(Id(1), "Gotta Go 1", "CHUNG HA"));
        fake.Add(Known(Id(100), "Some", "BOL4") with { Isrc = "KRA381900123", Popularity = 61 });
        await using var database = await ImportSlugsAsync(provider);
        using var host = StartHost(database, fake, spotify: false);

        var report = await EnrichAsync(host);

        Assert.True(report.Completed, report.StoppedBecause);
        Assert.Equal(HungHaTracks + 1, report.Asked);
        Assert.Equal(2, report.Found);
        var calls = fake.Requests.Where(r => r.StartsWith("/reccobeats/v1/track?ids=", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, calls.Length);
        Assert.All(calls, c => Assert.InRange(c["/reccobeats/v1/track?ids=".Length..].Split(',').Length, 1, 40));
        await using var db = database.CreateContext();
        var tracks = await db.Tracks.AsNoTracking().ToDictionaryAsync(t => t.SpotifyId);
        Assert.Equal(("CHUNG HA", false), (tracks[Id(1)].Artists, tracks[Id(1)].ArtistsFromSlug));
        Assert.All(Enumerable.Range(2, HungHaTracks - 1), i => Assert.Equal(("CHUNG HA", true), (tracks[Id(i)].Artists, tracks[Id(i)].ArtistsFromSlug)));
        Assert.Equal(("BOL4", "KRA381900123", 61), (tracks[Id(100)].Artists, tracks[Id(100)].Isrc, tracks[Id(100)].Popularity));
        Assert.Equal(HungHaTracks, (await new TrackSearch(db, new SearchCorpusCache()).SearchAsync("CHUNG HA", 50)).Count);
        Assert.Equal(Id(100), Assert.Single(await new TrackSearch(db, new SearchCorpusCache()).SearchAsync("BOL4", 50)).SpotifyId);
        Assert.Equal(MissingArtistsOnly, report.Missing.NoArtist);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Run_WhenCutByAnOutage_KeepsWhatItFoundResumesWhereItStoppedAndNeverBlanksAName(DatabaseProvider provider)
    {
        await using var fake = await FakeSpotifyServer.StartAsync();
        foreach (var i in Enumerable.Range(1, HungHaTracks)) fake.Add(Known(Id(i), $"Gotta Go {i}", "CHUNG HA"));
        await using var database = await ImportSlugsAsync(provider);
        using var host = StartHost(database, fake, spotify: false);

        // The first batch of 40 is answered; then ReccoBeats fails for good.
        var cut = await EnrichAsync(host, new Progress(_ => fake.Set(FakeService.ReccoBeats, FakeMode.ServerError)));
        fake.Reset();
        // Resume once the circuit breaker has let the failures go, as a later run would.
        await Task.Delay(FakeSpotifyServer.BreakerMemory);
        // Back, but now it credits nobody for the rest: the names they were given through the slug must stay.
        foreach (var i in Enumerable.Range(41, HungHaTracks - 40)) fake.Add(Known(Id(i), $"Gotta Go {i}"));
        var resumed = await EnrichAsync(host);
        var again = await EnrichAsync(host);

        Assert.False(cut.Completed);
        Assert.Contains("ReccoBeats", cut.StoppedBecause, StringComparison.Ordinal);
        Assert.Equal(40, cut.Asked);
        Assert.True(resumed.Completed, resumed.StoppedBecause);
        Assert.Equal(HungHaTracks + 1 - 40, resumed.Candidates);
        Assert.Equal((0, 0), (again.Candidates, again.Changed));
        await using var db = database.CreateContext();
        Assert.Equal(40, await db.Tracks.CountAsync(t => t.Artists == "CHUNG HA" && !t.ArtistsFromSlug));
        Assert.Equal(HungHaTracks - 40, await db.Tracks.CountAsync(t => t.Artists == "CHUNG HA" && t.ArtistsFromSlug));
        Assert.Equal(0, await db.Tracks.CountAsync(t => t.EnrichedAt == null));
    }

    [Fact]
    public async Task Run_WhenRateLimited_WaitsAsRetryAfterAsksAndCarriesOn()
    {
        await using var fake = await FakeSpotifyServer.StartAsync();
        fake.Add(Known(Id(1), "Gotta Go", "CHUNG HA"));
        await using var database = await ImportSlugsAsync(DatabaseProvider.Sqlite);
        // The client's own retries only take short waits; this one is for the run to wait out.
        using var host = StartHost(database, fake, spotify: false, new() { ["Features:MaxRetryAfter"] = "00:00:00", ["Features:MaxRetryAttempts"] = "1" });
        fake.RetryAfterSeconds = 1;
        fake.Set(FakeService.ReccoBeats, FakeMode.RateLimited, times: 2);
        var started = DateTime.UtcNow;

        var report = await EnrichAsync(host);

        Assert.True(report.Completed, report.StoppedBecause);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(2), "two Retry-After: 1 waits");
        Assert.Equal(HungHaTracks + 1, report.Asked);
    }

    [Fact]
    public async Task Run_WithSpotifyCredentials_FillsAlbumAndReleaseDateReccoBeatsDoesNotHave()
    {
        await using var fake = await FakeSpotifyServer.StartAsync();
        fake.Add(Known(Id(1), "Gotta Go", "CHUNG HA") with { OnReccoBeats = false });
        await using var database = await ImportSlugsAsync(DatabaseProvider.Sqlite, releaseDate: "");
        using var host = StartHost(database, fake, spotify: true);

        var report = await EnrichAsync(host);

        Assert.True(report.Completed, report.StoppedBecause);
        await using var db = database.CreateContext();
        var track = await db.Tracks.SingleAsync(t => t.SpotifyId == Id(1));
        Assert.Equal(("CHUNG HA", "2025-05-01"), (track.Artists, track.ReleaseDate));
        Assert.Equal(HungHaTracks + 1, fake.Count("/spotify-api/v1/tracks/"));
    }

    // Of the 46 slug-only tracks, none is left without an artist: 44 are named through the slug.
    private const int MissingArtistsOnly = 0;

    private static FakeSong Known(string id, string title, params string[] artists) =>
        new(id, title, artists, FakeSong.FeaturesFor(1));

    private async Task<TestDatabase> ImportSlugsAsync(DatabaseProvider provider, string releaseDate = "2019-06-24")
    {
        var rows = Enumerable.Range(1, HungHaTracks)
            .Select(i => SlugListRow(Id(i), "hungha_k", "Querencia", $"Gotta Go {i}", 1, FeaturesFor(i), releaseDate: releaseDate))
            .Append(SlugListRow(Id(100), "bolt_4_k", "Red Diary", "Some", 1, FeaturesFor(100), releaseDate: releaseDate));
        Write(_files.Path, "kpop_western_tracks.csv", SlugListHeader, rows);
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await Importers.For(db).ImportAsync(_files.Path);
        return database;
    }

    private static IHost StartHost(TestDatabase database, FakeSpotifyServer fake, bool spotify, Dictionary<string, string?>? extra = null)
    {
        var settings = fake.SiteSettings(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5));
        if (!spotify) (settings["Spotify:ClientId"], settings["Spotify:ClientSecret"]) = ("", "");
        foreach (var (key, value) in extra ?? []) settings[key] = value;
        return InfrastructureHost.Start(database, settings);
    }

    private static async Task<EnrichmentReport> EnrichAsync(IHost host, IProgress<string>? progress = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.Get<MetadataEnricher>().RunAsync(Catalogs.None, progress);
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; would post to the thread pool, after the run moved on).</summary>
    private sealed class Progress(Action<string> onBatch) : IProgress<string>
    {
        public void Report(string value)
        {
            if (value.StartsWith("  ", StringComparison.Ordinal)) onBatch(value);
        }
    }
}
