using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Lookup;
using MusicRecommender.TestSupport.Spotify;

namespace MusicRecommender.Infrastructure.Tests.Lookup;

/// <summary>An artist the catalog does not know, found live and stored (in-memory SQLite, fake ReccoBeats on loopback).</summary>
public sealed class ArtistLookupTests
{
    private static readonly FakeSong[] Songs =
    [
        FakeSong.Make(10, "Yellow", "Nimbus Quartet", popularity: 80),
        FakeSong.Make(11, "Clocks", "Nimbus Quartet", popularity: 75),
        FakeSong.Make(12, "Lost Demo", "Nimbus Quartet", onReccoBeats: false),
        FakeSong.Make(13, "Elsewhere", "Someone Else"),
    ];

    [Fact]
    public async Task Profile_WhenTheArtistIsFoundLive_StoresTheirTracksWithFeaturesAsReferenceTracks()
    {
        await using var server = await FakeSpotifyServer.StartAsync(Songs);
        await using var host = await ReccoBeatsSearchTests.StartAsync(server, withDatabase: true);
        var lookup = host.Get<ArtistLookup>();

        var probe = await lookup.ProbeAsync("nimbus quartet", CancellationToken.None);
        var artist = await lookup.ProfileAsync(probe, CancellationToken.None);

        Assert.True(probe.Found);
        Assert.Equal(80, probe.TopPopularity);
        Assert.NotNull(artist);
        Assert.Equal("Nimbus Quartet", artist.Name);
        Assert.Equal(FeatureSource.ReccoBeats, artist.Source);
        Assert.Equal(["Clocks", "Yellow"], artist.Tracks.Select(t => t.Title).Order(StringComparer.Ordinal));
        Assert.All(artist.Tracks, t => Assert.NotNull(t.TrackId));
        await using var db = host.CreateDb();
        var rows = await db.Tracks.AsNoTracking().OrderBy(t => t.Title).ToListAsync();
        Assert.Equal(["Clocks", "Yellow"], rows.Select(r => r.Title));
        Assert.All(rows, r => Assert.Equal((Catalogs.Reference, "reccobeats", "Nimbus Quartet"), (r.Catalogs, r.Source, r.Artists)));
        Assert.Equal(Songs[0].Features, rows.Single(r => r.Title == "Yellow").Features);
    }

    [Fact]
    public async Task Probe_WhenNoArtistHasThatName_FindsNoneAndNothingFailed()
    {
        await using var server = await FakeSpotifyServer.StartAsync(Songs);
        await using var host = await ReccoBeatsSearchTests.StartAsync(server, withDatabase: true);

        var probe = await host.Get<ArtistLookup>().ProbeAsync("Nimbus", CancellationToken.None);

        Assert.False(probe.Found);
        Assert.Null(probe.Failure);
    }

    [Fact]
    public async Task ProbeBySpotifyId_FindsTheArtistBehindALink()
    {
        await using var server = await FakeSpotifyServer.StartAsync(Songs);
        await using var host = await ReccoBeatsSearchTests.StartAsync(server, withDatabase: true);

        var probe = await host.Get<ArtistLookup>().ProbeBySpotifyIdAsync(FakeReccoBeatsApi.SpotifyArtistId("Nimbus Quartet"), CancellationToken.None);

        Assert.Equal("Nimbus Quartet", probe.Artist?.Name);
        Assert.Equal(["Clocks", "Yellow"], probe.Tracks.Select(t => t.Title).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetFeatures_WithoutSpotify_NamesTheSongWithReccoBeatsAndStoresIt()
    {
        await using var server = await FakeSpotifyServer.StartAsync(Songs);
        await using var host = await ReccoBeatsSearchTests.StartAsync(server, withDatabase: true);

        var result = await host.Get<SongLookupService>().GetFeaturesAsync(Songs[1].Id);

        Assert.Equal(FeatureSource.ReccoBeats, result.Source);
        Assert.Equal(("Clocks", "Nimbus Quartet"), (result.Song?.Title, result.Song?.Artists));
        Assert.NotNull(result.TrackId);
        Assert.Equal(1, server.Count("/reccobeats/v1/track?"));
    }
}
