using System.Web;
using MusicRecommender.Infrastructure.Features;
using MusicRecommender.Infrastructure.Http;
using MusicRecommender.Infrastructure.Tests.Fakes;
using static MusicRecommender.TestSupport.Spotify.SpotifyBodies;

namespace MusicRecommender.Infrastructure.Tests.Features;

public sealed class ReccoBeatsClientTests
{
    [Fact]
    public async Task GetAudioFeatures_WhenMoreThan40Ids_AsksInBatchesOf40()
    {
        var ids = Enumerable.Range(1, 85).Select(i => i.ToString("D22", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var fake = new FakeSpotify
        {
            ReccoBeats = (request, _) => Task.FromResult(FakeHttpHandler.Json(ReccoBeats(
                [.. IdsOf(request).Select(id => (id, Sample))]))),
        };
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<ReccoBeatsClient>().GetAudioFeaturesAsync(ids);

        Assert.True(result.Succeeded);
        Assert.Equal(85, result.Value.Count);
        Assert.Equal([40, 40, 5], fake.Handler.Requests.Select(r => IdsOf(r.Uri).Length));
        Assert.All(fake.Handler.Requests, r => Assert.Equal("/v1/audio-features", r.Uri.AbsolutePath));
    }

    [Fact]
    public async Task GetAudioFeatures_WhenSomeIdsAreMissing_MatchesTheRestByHref()
    {
        var calm = Sample with { Energy = 0.2, Tempo = 80 };
        var loud = Sample with { Energy = 0.95, Tempo = 170 };
        var fake = new FakeSpotify
        {
            // Out of order, one id missing: only the href tells which features belong to which song.
            ReccoBeats = (_, _) => Task.FromResult(FakeHttpHandler.Json(ReccoBeats((ShapeOfYou, loud), (BillieJean, calm)))),
        };
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<ReccoBeatsClient>().GetAudioFeaturesAsync([BillieJean, BlindingLights, ShapeOfYou]);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Value.Count);
        Assert.Equal(calm, result.Value[BillieJean].Features);
        Assert.Equal(loud, result.Value[ShapeOfYou].Features);
        Assert.False(result.Value.ContainsKey(BlindingLights));
        Assert.Null(result.Value[BillieJean].TimeSignature);
    }

    [Fact]
    public async Task GetAudioFeatures_WhenAFeatureIsOutOfRange_LeavesThatTrackOut()
    {
        var fake = new FakeSpotify
        {
            ReccoBeats = (_, _) => Task.FromResult(FakeHttpHandler.Json(ReccoBeats((BillieJean, Sample with { Danceability = 1.7 }), (ShapeOfYou, Sample)))),
        };
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<ReccoBeatsClient>().GetAudioFeaturesAsync([BillieJean, ShapeOfYou]);

        Assert.Equal([ShapeOfYou], result.Value!.Keys);
    }

    [Fact]
    public async Task GetAudioFeatures_WhenBodyIsMalformed_ReturnsMalformedResponse()
    {
        var fake = new FakeSpotify { ReccoBeats = (_, _) => Task.FromResult(FakeHttpHandler.Json("<html>Bad gateway</html>")) };
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<ReccoBeatsClient>().GetAudioFeaturesAsync([BillieJean]);

        Assert.Equal(ServiceFailure.MalformedResponse, result.Failure);
        Assert.Equal(1, fake.ReccoBeatsCalls);
    }

    [Fact]
    public async Task GetAudioFeatures_WhenSwitchedOff_DoesNotCall()
    {
        var fake = new FakeSpotify();
        var settings = TestHost.FastSettings();
        settings["Features:ReccoBeatsEnabled"] = "false";
        await using var host = await TestHost.StartAsync(fake, settings);

        var result = await host.Get<ReccoBeatsClient>().GetAudioFeaturesAsync([BillieJean]);

        Assert.Equal(ServiceFailure.NotConfigured, result.Failure);
        Assert.Equal(0, fake.ReccoBeatsCalls);
    }

    private static string[] IdsOf(HttpRequestMessage request) => IdsOf(request.RequestUri!);

    private static string[] IdsOf(Uri uri) => (HttpUtility.ParseQueryString(uri.Query)["ids"] ?? "").Split(',');
}
