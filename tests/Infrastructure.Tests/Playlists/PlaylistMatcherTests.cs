using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Playlists;
using MusicRecommender.Infrastructure.Tests.Fakes;
using MusicRecommender.Infrastructure.Tests.Lookup;
using MusicRecommender.TestSupport.Spotify;
using static MusicRecommender.TestSupport.Spotify.SpotifyBodies;

namespace MusicRecommender.Infrastructure.Tests.Playlists;

/// <summary>Features for a playlist's songs: file, catalog, then ReccoBeats (in-memory SQLite, fake on loopback).</summary>
public sealed class PlaylistMatcherTests
{
    private static readonly FakeSong Live = FakeSong.Make(20, "Found Online", "Nimbus Quartet");
    private static readonly FakeSong Unknown = FakeSong.Make(21, "Never Heard Of", "Nobody", onReccoBeats: false);
    private static readonly AudioFeatures FromFile = new(0.3, 0.3, -12, 0.04, 0.7, 0, 0.1, 0.3, 80);

    [Fact]
    public async Task Match_TakesFeaturesFromTheFileThenTheCatalogThenReccoBeatsAndStoresWhatWasFoundLive()
    {
        await using var server = await FakeSpotifyServer.StartAsync([Live, Unknown]);
        await using var host = await ReccoBeatsSearchTests.StartAsync(server, withDatabase: true);
        int localId;
        await using (var db = host.CreateDb())
        {
            var track = new Track { SpotifyId = ShapeOfYou, Title = "Shape of You", Artists = "Ed Sheeran", Catalogs = Catalogs.Reference, Source = "dataset", Features = Sample, SearchText = "shape of you ed sheeran" };
            db.Tracks.Add(track);
            await db.SaveChangesAsync();
            localId = track.Id;
        }
        PlaylistRow[] rows =
        [
            new(1, BillieJean, "Billie Jean", "Michael Jackson", FromFile),
            new(2, ShapeOfYou, "", ""),
            new(3, Live.Id, "", ""),
            new(4, Unknown.Id, "Never Heard Of", "Nobody"),
            new(5, null, "my-demo.mp3", "Me", Problem: "a local file, not on Spotify"),
            new(6, ShapeOfYou, "Shape of You", "Ed Sheeran"),
        ];

        var match = await host.Get<PlaylistMatcher>().MatchAsync(rows, 100, CancellationToken.None);

        Assert.Equal(6, match.Tracks);
        Assert.Equal([(1, "file"), (2, "local"), (3, "reccobeats")], match.Matched.Select(m => (m.Row, m.Source)));
        Assert.Equal(FromFile, match.Matched[0].Features);
        Assert.Equal((localId, "Shape of You", "Ed Sheeran"), (match.Matched[1].TrackId!.Value, match.Matched[1].Title, match.Matched[1].Artists));
        Assert.Equal(("Found Online", "Nimbus Quartet", Live.Features), (match.Matched[2].Title, match.Matched[2].Artists, match.Matched[2].Features));
        Assert.Equal([(4, "no audio features found"), (5, "a local file, not on Spotify")], match.Unmatched.Select(u => (u.Row, u.Reason)));
        Assert.Equal(0, server.Count($"/reccobeats/v1/audio-features?ids={BillieJean}"));
        await using var check = host.CreateDb();
        var stored = await check.Tracks.AsNoTracking().SingleAsync(t => t.SpotifyId == Live.Id);
        Assert.Equal((match.Matched[2].TrackId, "reccobeats", Catalogs.Reference, "Found Online"), ((int?)stored.Id, stored.Source, stored.Catalogs, stored.Title));
        Assert.Equal(2, await check.Tracks.CountAsync());
    }

    [Fact]
    public async Task Match_WhenMoreSongsNeedALookupThanAllowed_ReportsTheRestUnmatched()
    {
        await using var server = await FakeSpotifyServer.StartAsync([Live]);
        await using var host = await ReccoBeatsSearchTests.StartAsync(server, withDatabase: true);
        PlaylistRow[] rows = [new(1, Live.Id, "Found Online", "Nimbus Quartet"), new(2, Unknown.Id, "Never Heard Of", "Nobody")];

        var match = await host.Get<PlaylistMatcher>().MatchAsync(rows, 1, CancellationToken.None);

        Assert.Equal([1], match.Matched.Select(m => m.Row));
        var rest = Assert.Single(match.Unmatched);
        Assert.Equal(2, rest.Row);
        Assert.Contains("at most 1 songs", rest.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_WhenReccoBeatsFails_SaysSoForEachSongItCouldNotLookUp()
    {
        await using var server = await FakeSpotifyServer.StartAsync([Live]);
        server.Set(FakeService.ReccoBeats, FakeMode.ServerError);
        await using var host = await ReccoBeatsSearchTests.StartAsync(server, withDatabase: true);

        var match = await host.Get<PlaylistMatcher>().MatchAsync([new(1, Live.Id, "Found Online", "Nimbus Quartet")], 10, CancellationToken.None);

        Assert.Empty(match.Matched);
        Assert.Contains("ReccoBeats is having trouble (HTTP 500)", Assert.Single(match.Unmatched).Reason, StringComparison.Ordinal);
    }
}
