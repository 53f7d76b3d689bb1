using System.Net;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Lookup;
using MusicRecommender.Infrastructure.Tests.Fakes;
using MusicRecommender.TestSupport;
using static MusicRecommender.TestSupport.Spotify.SpotifyBodies;

namespace MusicRecommender.Infrastructure.Tests.Lookup;

/// <summary>The features chain over a real database (in-memory SQLite; the store also on PostgreSQL) and fake outside services.</summary>
public sealed class SongLookupServiceTests
{
    public static IEnumerable<object[]> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GetFeatures_WhenFoundOnSpotify_StoresReferenceTrackAndServesNextLookupLocally(DatabaseProvider provider)
    {
        var fake = SpotifyWith(features: () => FakeHttpHandler.Json(AudioFeatures((BillieJean, Sample))));
        await using var host = await TestHost.StartAsync(fake, withDatabase: true, provider: provider);
        var lookup = host.Get<SongLookupService>();

        var first = await lookup.GetFeaturesAsync(BillieJean);
        var callsAfterFirst = fake.Handler.Requests.Count;
        var second = await lookup.LookUpAsync($"https://open.spotify.com/intl-de/track/{BillieJean}?si=x");

        Assert.Equal(FeatureSource.Spotify, first.Source);
        Assert.Equal("spotify", first.SourceName);
        Assert.Equal(Sample, first.Features);
        Assert.Equal("Billie Jean", first.Song?.Title);
        Assert.Null(first.Reason);
        Assert.Equal(FeatureSource.Local, second.Source);
        Assert.Equal(Sample, second.Features);
        Assert.Equal(first.TrackId, second.TrackId);
        Assert.Equal(callsAfterFirst, fake.Handler.Requests.Count);
        Assert.Equal(0, fake.ReccoBeatsCalls);

        await using var db = host.CreateDb();
        var stored = await db.Tracks.SingleAsync();
        Assert.Equal(BillieJean, stored.SpotifyId);
        Assert.Equal(Catalogs.Reference, stored.Catalogs);
        Assert.Equal("spotify", stored.Source);
        Assert.Equal("Michael Jackson", stored.Artists);
        Assert.Equal("Thriller", stored.Album);
        Assert.Equal("1982-11-30", stored.ReleaseDate);
        Assert.Equal(86, stored.Popularity);
        Assert.Equal(4, stored.TimeSignature);
        Assert.Equal(294000, stored.DurationMs);
        Assert.Equal("billie jean michael jackson thriller", stored.SearchText);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GetFeatures_WhenTwoLookupsOfANewSongRace_BothAnswerAndTheSongIsStoredOnce(DatabaseProvider provider)
    {
        // Both lookups get past the local check and Spotify before either stores: one insert must lose
        // on the unique Spotify id, quietly.
        using var bothAsked = new Barrier(2);
        var fake = SpotifyWith(features: () =>
        {
            bothAsked.SignalAndWait(TimeSpan.FromSeconds(10));
            return FakeHttpHandler.Json(AudioFeatures((BillieJean, Sample)));
        });
        await using var host = await TestHost.StartAsync(fake, withDatabase: true, provider: provider);
        var lookup = host.Get<SongLookupService>();

        var results = await Task.WhenAll(Task.Run(() => lookup.GetFeaturesAsync(BillieJean)), Task.Run(() => lookup.GetFeaturesAsync(BillieJean)));

        Assert.All(results, r => Assert.Equal((FeatureSource.Spotify, Sample), (r.Source, r.Features)));
        Assert.Single(results, r => r.TrackId is not null);
        await using var db = host.CreateDb();
        Assert.Equal(results.Single(r => r.TrackId is not null).TrackId, (await db.Tracks.SingleAsync(t => t.SpotifyId == BillieJean)).Id);
    }

    [Fact]
    public async Task GetFeatures_WhenSpotifyRefusesAudioFeatures_FallsBackToReccoBeats()
    {
        var fake = SpotifyWith(features: () => FakeHttpHandler.Json(Error(403, "Forbidden"), HttpStatusCode.Forbidden));
        fake.ReccoBeats = (_, _) => Task.FromResult(FakeHttpHandler.Json(ReccoBeats((BillieJean, Sample))));
        await using var host = await TestHost.StartAsync(fake, withDatabase: true);

        var result = await host.Get<SongLookupService>().GetFeaturesAsync(BillieJean);

        Assert.Equal(FeatureSource.ReccoBeats, result.Source);
        Assert.Equal(Sample, result.Features);
        Assert.Contains("403", result.Reason, StringComparison.Ordinal);
        Assert.Equal(Catalogs.Reference, result.Catalogs);
        await using var db = host.CreateDb();
        var stored = await db.Tracks.SingleAsync();
        Assert.Equal("reccobeats", stored.Source);
        Assert.Equal("Billie Jean", stored.Title);
        Assert.Null(stored.TimeSignature);
    }

    [Fact]
    public async Task GetFeatures_WhenNoSourceHasFeatures_SaysWhyAndStoresNothing()
    {
        var fake = SpotifyWith(features: () => FakeHttpHandler.Json(Error(403, "Forbidden"), HttpStatusCode.Forbidden));
        await using var host = await TestHost.StartAsync(fake, withDatabase: true);

        var result = await host.Get<SongLookupService>().GetFeaturesAsync(BillieJean);

        Assert.Equal(FeatureSource.Unavailable, result.Source);
        Assert.False(result.HasFeatures);
        Assert.Equal("Billie Jean", result.Song?.Title);
        Assert.Contains("403", result.Reason, StringComparison.Ordinal);
        Assert.Contains("ReccoBeats has no audio features", result.Reason, StringComparison.Ordinal);
        await using var db = host.CreateDb();
        Assert.Equal(0, await db.Tracks.CountAsync());
    }

    [Fact]
    public async Task GetFeatures_WhenSpotifyHasNoSuchTrack_ReturnsUnavailableWithoutAskingFurther()
    {
        var fake = new FakeSpotify();
        await using var host = await TestHost.StartAsync(fake, withDatabase: true);

        var result = await host.Get<SongLookupService>().GetFeaturesAsync(BillieJean);

        Assert.Equal(FeatureSource.Unavailable, result.Source);
        Assert.Equal("Spotify has no track with this id.", result.Reason);
        Assert.Equal(0, fake.ApiCalls("/v1/audio-features"));
        Assert.Equal(0, fake.ReccoBeatsCalls);
    }

    [Fact]
    public async Task GetFeatures_WhenSpotifyTimesOut_StillGetsFeaturesFromReccoBeatsButStoresNothing()
    {
        var fake = new FakeSpotify
        {
            Api = (_, ct) => FakeHttpHandler.HangAsync(ct),
            ReccoBeats = (_, _) => Task.FromResult(FakeHttpHandler.Json(ReccoBeats((BillieJean, Sample)))),
        };
        var settings = TestHost.FastSettings();
        settings["Spotify:AttemptTimeout"] = "00:00:00.100";
        settings["Spotify:TotalTimeout"] = "00:00:00.300";
        settings["Spotify:MaxRetryAfter"] = "00:00:00.300";
        await using var host = await TestHost.StartAsync(fake, settings, withDatabase: true);

        var result = await host.Get<SongLookupService>().GetFeaturesAsync(BillieJean);

        Assert.Equal(FeatureSource.ReccoBeats, result.Source);
        Assert.Null(result.TrackId);
        Assert.Contains("Spotify did not answer in time.", result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, fake.ApiCalls("/v1/audio-features"));
        await using var db = host.CreateDb();
        Assert.Equal(0, await db.Tracks.CountAsync());
    }

    [Fact]
    public async Task GetFeatures_WithoutSpotifyCredentials_UsesReccoBeatsWithoutOperatorWords()
    {
        var fake = new FakeSpotify { ReccoBeats = (_, _) => Task.FromResult(FakeHttpHandler.Json(ReccoBeats((BillieJean, Sample)))) };
        await using var host = await TestHost.StartAsync(fake, TestHost.FastSettings(withCredentials: false), withDatabase: true);
        var lookup = host.Get<SongLookupService>();

        var result = await lookup.GetFeaturesAsync(BillieJean);

        Assert.False(lookup.IsLiveLookupEnabled);
        Assert.Contains("off", lookup.LiveLookupStatus, StringComparison.Ordinal);
        Assert.Equal(FeatureSource.ReccoBeats, result.Source);
        Assert.Null(result.Song);
        // A site without Spotify keys is the normal case: the listener is not told about settings.
        Assert.DoesNotContain("Spotify:ClientId", result.Reason ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("lookup is off", result.Reason ?? "", StringComparison.Ordinal);
        Assert.Equal(0, fake.TokensIssued);
    }

    [Fact]
    public async Task GetFeatures_WhenTrackIsInTheCatalog_ServesItWithoutCallingOut()
    {
        var fake = new FakeSpotify();
        await using var host = await TestHost.StartAsync(fake, withDatabase: true);
        await using (var db = host.CreateDb())
        {
            db.Tracks.Add(new Track
            {
                SpotifyId = ShapeOfYou, Title = "Gurenge", Artists = "LiSA", Catalogs = Catalogs.Anime, Source = "anime-dataset",
                Features = Sample, SearchText = "gurenge lisa",
            });
            await db.SaveChangesAsync();
        }

        var result = await host.Get<SongLookupService>().GetFeaturesAsync(ShapeOfYou);

        Assert.Equal(FeatureSource.Local, result.Source);
        Assert.Equal(Catalogs.Anime, result.Catalogs);
        Assert.Equal(Sample, result.Features);
        Assert.Empty(fake.Handler.Requests);
    }

    [Fact]
    public async Task LookUp_WhenInputIsNotASpotifyLink_ReturnsUnavailable()
    {
        var fake = new FakeSpotify();
        await using var host = await TestHost.StartAsync(fake, withDatabase: true);

        var result = await host.Get<SongLookupService>().LookUpAsync("https://www.youtube.com/watch?v=Zi_XLOBDo_Y");

        Assert.Equal(FeatureSource.Unavailable, result.Source);
        Assert.Equal("That is not a Spotify track link.", result.Reason);
        Assert.Empty(fake.Handler.Requests);
    }

    [Fact]
    public async Task SearchLive_WhenSpotifyAnswers_MapsResultsForTheSearchBox()
    {
        var fake = new FakeSpotify();
        fake.AnswerApi(() => FakeHttpHandler.Json(Search(Track(BlindingLights, "Blinding Lights", ["The Weeknd"], "After Hours", "2020-03-20", 91))));
        await using var host = await TestHost.StartAsync(fake, withDatabase: true);

        var result = await host.Get<SongLookupService>().SearchLiveAsync("blinding lights");

        var hit = Assert.Single(result.Value!);
        Assert.Equal(
            new SongInfo(BlindingLights, "Blinding Lights", "The Weeknd", "After Hours", $"https://i.scdn.co/image/ab67616d00001e02{BlindingLights}", 91, "2020-03-20"),
            hit);
    }

    private static FakeSpotify SpotifyWith(Func<HttpResponseMessage> features) => new()
    {
        Api = (request, _) => Task.FromResult(request.RequestUri!.AbsolutePath switch
        {
            $"/v1/tracks/{BillieJean}" => FakeHttpHandler.Json(Track(BillieJean, "Billie Jean", ["Michael Jackson"])),
            "/v1/audio-features" => features(),
            _ => FakeHttpHandler.Json(Error(404, "Not found."), HttpStatusCode.NotFound),
        }),
    };
}
