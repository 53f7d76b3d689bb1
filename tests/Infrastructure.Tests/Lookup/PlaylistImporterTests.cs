using System.Net;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Http;
using MusicRecommender.Infrastructure.Lookup;
using MusicRecommender.Infrastructure.Tests.Fakes;
using static MusicRecommender.TestSupport.Spotify.SpotifyBodies;

namespace MusicRecommender.Infrastructure.Tests.Lookup;

/// <summary>Adding a playlist to a catalog over a real (in-memory SQLite) database and fake outside services.</summary>
public sealed class PlaylistImporterTests
{
    private const string PlaylistId = "37i9dQZF1DXcBWIGoYBM5M";
    private const string NoFeatures = "1111111111111111111111";

    private static readonly AudioFeatures Other = new(0.5, 0.4, -8, 0.05, 0.3, 0, 0.2, 0.4, 98);

    [Fact]
    public async Task Import_WhenPlaylistMixesKnownAndNewTracks_FlagsKnownAddsNewWithTheirSourceAndListsTheRest()
    {
        var fake = new FakeSpotify
        {
            Api = (request, _) => Task.FromResult(request.RequestUri!.AbsolutePath switch
            {
                $"/v1/playlists/{PlaylistId}/tracks" => FakeHttpHandler.Json(PlaylistPage(null,
                    Track(ShapeOfYou, "Shape of You", ["Ed Sheeran"]), Track(BillieJean, "Billie Jean", ["Michael Jackson"]),
                    Episode("4rOoJ6Egrf8K2IrywzwOMk"), Track(BlindingLights, "Blinding Lights", ["The Weeknd"]),
                    Track(NoFeatures, "Lost Demo", ["Nobody"]), Track(BillieJean, "Billie Jean", ["Michael Jackson"]))),
                "/v1/audio-features" => FakeHttpHandler.Json(AudioFeatures((BillieJean, Sample), (BlindingLights, null), (NoFeatures, null))),
                _ => FakeHttpHandler.Json(Error(404, "Not found."), HttpStatusCode.NotFound),
            }),
            ReccoBeats = (_, _) => Task.FromResult(FakeHttpHandler.Json(ReccoBeats((BlindingLights, Other)))),
        };
        await using var host = await TestHost.StartAsync(fake, withDatabase: true);
        await StoreAsync(host, ShapeOfYou, Catalogs.Reference);

        var result = await host.Get<PlaylistImporter>().ImportAsync(PlaylistId, TargetCatalog.Kpop);

        Assert.True(result.Succeeded, result.Message);
        var summary = result.Value;
        Assert.Equal(4, summary.PlaylistTracks);
        Assert.Equal((1, 1, 1, 0), (summary.AddedFromSpotify, summary.AddedFromReccoBeats, summary.FlagAdded, summary.AlreadyInCatalog));
        Assert.Equal([NoFeatures], summary.WithoutFeatures.Select(t => t.Id));
        Assert.Empty(summary.Notes);
        await using var db = host.CreateDb();
        var rows = await db.Tracks.AsNoTracking().ToDictionaryAsync(t => t.SpotifyId);
        Assert.Equal(3, rows.Count);
        Assert.Equal(Catalogs.Reference | Catalogs.Kpop, rows[ShapeOfYou].Catalogs);
        Assert.Equal((Catalogs.Kpop, "spotify", Sample), (rows[BillieJean].Catalogs, rows[BillieJean].Source, rows[BillieJean].Features));
        Assert.Equal((Catalogs.Kpop, "reccobeats", Other), (rows[BlindingLights].Catalogs, rows[BlindingLights].Source, rows[BlindingLights].Features));
        Assert.Equal("blinding lights the weeknd thriller", rows[BlindingLights].SearchText);
    }

    [Fact]
    public async Task Import_WhenRunAgain_CountsTracksAsPresentAndOnlyAddsTheNewCatalogFlag()
    {
        var fake = PlaylistOf(Track(BillieJean, "Billie Jean", ["Michael Jackson"]));
        fake.ReccoBeats = (_, _) => Task.FromResult(FakeHttpHandler.Json(ReccoBeats((BillieJean, Sample))));
        await using var host = await TestHost.StartAsync(fake, withDatabase: true);
        var importer = host.Get<PlaylistImporter>();

        var first = (await importer.ImportAsync(PlaylistId, TargetCatalog.Anime)).Value!;
        var again = (await importer.ImportAsync(PlaylistId, TargetCatalog.Anime)).Value!;
        var other = (await importer.ImportAsync(PlaylistId, TargetCatalog.Kpop)).Value!;

        Assert.Equal((1, 0, 0), (first.AddedFromReccoBeats, first.FlagAdded, first.AlreadyInCatalog));
        Assert.Equal(["Spotify does not give audio features to this app (HTTP 403)."], first.Notes);
        Assert.Equal((0, 0, 1), (again.Added, again.FlagAdded, again.AlreadyInCatalog));
        Assert.Equal((0, 1, 0), (other.Added, other.FlagAdded, other.AlreadyInCatalog));
        await using var db = host.CreateDb();
        Assert.Equal(Catalogs.Anime | Catalogs.Kpop, (await db.Tracks.SingleAsync()).Catalogs);
    }

    [Fact]
    public async Task GetFeaturesBatch_WhenOneReccoBeatsBatchFails_KeepsTheOtherBatchesAndSaysWhy()
    {
        var ids = Enumerable.Range(0, 45).Select(i => $"Batch{i:D17}").ToList();
        var calls = 0;
        var fake = new FakeSpotify
        {
            Api = (_, _) => Task.FromResult(FakeHttpHandler.Json(Error(403, "Forbidden"), HttpStatusCode.Forbidden)),
            ReccoBeats = (request, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
                ? FakeHttpHandler.Json("""{"error":"boom"}""", HttpStatusCode.BadRequest)
                : FakeHttpHandler.Json(ReccoBeats(ids.Where(id => request.RequestUri!.Query.Contains(id, StringComparison.Ordinal)).Select(id => (id, Sample)).ToArray()))),
        };
        await using var host = await TestHost.StartAsync(fake, withDatabase: true);

        var result = await host.Get<SongLookupService>().GetFeaturesBatchAsync(ids);

        Assert.Equal(2, calls); // 40 + 5 ids: ReccoBeats takes at most 40 a call
        Assert.Equal(ids.Skip(40), result.Found.Keys.Order(StringComparer.Ordinal));
        Assert.All(result.Found.Values, f => Assert.Equal(FeatureSource.ReccoBeats, f.Source));
        Assert.Equal(["Spotify does not give audio features to this app (HTTP 403).", "ReccoBeats rejected the request (HTTP 400)."], result.Notes);
    }

    [Fact]
    public async Task Import_WithoutSpotifyCredentials_FailsAsNotConfiguredWithoutCalling()
    {
        var fake = new FakeSpotify();
        await using var host = await TestHost.StartAsync(fake, TestHost.FastSettings(withCredentials: false), withDatabase: true);

        var result = await host.Get<PlaylistImporter>().ImportAsync(PlaylistId, TargetCatalog.Anime);

        Assert.Equal(ServiceFailure.NotConfigured, result.Failure);
        Assert.Contains("Spotify:ClientId", result.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Handler.Requests);
    }

    [Fact]
    public async Task Import_WhenPlaylistIsUnknown_SaysSoAndWritesNothing()
    {
        var fake = new FakeSpotify();
        await using var host = await TestHost.StartAsync(fake, withDatabase: true);

        var result = await host.Get<PlaylistImporter>().ImportAsync(PlaylistId, TargetCatalog.Anime);

        Assert.Equal(ServiceFailure.NotFound, result.Failure);
        Assert.Equal("Spotify has no playlist with this id (or it is private).", result.Message);
        await using var db = host.CreateDb();
        Assert.Equal(0, await db.Tracks.CountAsync());
    }

    private static FakeSpotify PlaylistOf(params string[] tracks) => new()
    {
        Api = (request, _) => Task.FromResult(request.RequestUri!.AbsolutePath.StartsWith("/v1/playlists/", StringComparison.Ordinal)
            ? FakeHttpHandler.Json(PlaylistPage(null, tracks))
            : FakeHttpHandler.Json(Error(403, "Forbidden"), HttpStatusCode.Forbidden)),
    };

    private static async Task StoreAsync(TestHost host, string spotifyId, Catalogs catalogs)
    {
        await using var db = host.CreateDb();
        db.Tracks.Add(new Track { SpotifyId = spotifyId, Title = "Shape of You", Artists = "Ed Sheeran", Catalogs = catalogs, Source = "dataset", Features = Sample, SearchText = "shape of you ed sheeran" });
        await db.SaveChangesAsync();
    }
}
