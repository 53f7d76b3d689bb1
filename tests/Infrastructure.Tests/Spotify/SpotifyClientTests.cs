using System.Net;
using MusicRecommender.Infrastructure.Http;
using MusicRecommender.Infrastructure.Spotify;
using MusicRecommender.Infrastructure.Tests.Fakes;
using static MusicRecommender.TestSupport.Spotify.SpotifyBodies;

namespace MusicRecommender.Infrastructure.Tests.Spotify;

public sealed class SpotifyClientTests
{
    [Fact]
    public async Task SearchTracks_WhenSpotifyAnswers_MapsTracks()
    {
        var fake = new FakeSpotify();
        fake.AnswerApi(() => FakeHttpHandler.Json(Search(
            Track(BillieJean, "Billie Jean", ["Michael Jackson"]),
            Track(BlindingLights, "Blinding Lights", ["The Weeknd", "Rosalía"], album: "After Hours", releaseDate: "2020-03-20", popularity: 91))));
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<SpotifyClient>().SearchTracksAsync("billie jean");

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Value.Count);
        var second = result.Value[1];
        Assert.Equal(BlindingLights, second.Id);
        Assert.Equal("Blinding Lights", second.Title);
        Assert.Equal(["The Weeknd", "Rosalía"], second.Artists);
        Assert.Equal("The Weeknd, Rosalía", second.ArtistNames);
        Assert.Equal("After Hours", second.Album);
        Assert.Equal("2020-03-20", second.ReleaseDate);
        Assert.Equal(91, second.Popularity);
        Assert.Equal($"https://i.scdn.co/image/ab67616d00001e02{BlindingLights}", second.ImageUrl);
        Assert.Equal(294000, second.DurationMs);
        Assert.Equal("Bearer token-1", fake.Handler.Requests[^1].Authorization);
    }

    [Fact]
    public async Task SearchTracks_WhenLimitAboveTen_AsksForTen()
    {
        var fake = new FakeSpotify();
        fake.AnswerApi(() => FakeHttpHandler.Json(Search()));
        await using var host = await TestHost.StartAsync(fake);

        await host.Get<SpotifyClient>().SearchTracksAsync("AC/DC & friends", limit: 50);

        var request = fake.Handler.Requests[^1];
        Assert.Equal("/v1/search", request.Uri.AbsolutePath);
        Assert.Contains("limit=10&", request.Query, StringComparison.Ordinal);
        Assert.Contains("type=track", request.Query, StringComparison.Ordinal);
        Assert.Contains("q=AC%2FDC%20%26%20friends", request.Uri.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchTracks_WithoutCredentials_ReturnsNotConfiguredWithoutCalling()
    {
        var fake = new FakeSpotify();
        await using var host = await TestHost.StartAsync(fake, TestHost.FastSettings(withCredentials: false));
        var client = host.Get<SpotifyClient>();

        var result = await client.SearchTracksAsync("billie jean");

        Assert.False(client.IsEnabled);
        Assert.Equal(ServiceFailure.NotConfigured, result.Failure);
        Assert.Empty(fake.Handler.Requests);
    }

    [Fact]
    public async Task GetTrack_WhenTokenIsRejectedOnce_RefreshesTokenAndSucceeds()
    {
        var fake = new FakeSpotify
        {
            Api = (request, _) => Task.FromResult(request.Headers.Authorization?.Parameter == "token-1"
                ? FakeHttpHandler.Json(Error(401, "The access token expired"), HttpStatusCode.Unauthorized)
                : FakeHttpHandler.Json(Track(BillieJean, "Billie Jean", ["Michael Jackson"]))),
        };
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<SpotifyClient>().GetTrackAsync(BillieJean);

        Assert.True(result.Succeeded);
        Assert.Equal("Billie Jean", result.Value.Title);
        Assert.Equal(2, fake.TokensIssued);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], fake.Handler.Requests.Where(r => r.Uri.Host == FakeSpotify.ApiHost).Select(r => r.Authorization));
    }

    [Fact]
    public async Task GetTrack_WhenEveryTokenIsRejected_GivesUpAfterOneRefresh()
    {
        var fake = new FakeSpotify();
        fake.AnswerApi(() => FakeHttpHandler.Json(Error(401, "Invalid access token"), HttpStatusCode.Unauthorized));
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<SpotifyClient>().GetTrackAsync(BillieJean);

        Assert.Equal(ServiceFailure.Unauthorized, result.Failure);
        Assert.Equal(2, fake.ApiCalls());
    }

    [Fact]
    public async Task GetTrack_WhenBodyIsMalformed_ReturnsMalformedResponse()
    {
        var fake = new FakeSpotify();
        fake.AnswerApi(() => FakeHttpHandler.Json("""{"album":{"name":"Thriller"},"id":"5ChkMS8Ot"""));
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<SpotifyClient>().GetTrackAsync(BillieJean);

        Assert.Equal(ServiceFailure.MalformedResponse, result.Failure);
        Assert.Equal(1, fake.ApiCalls());
    }

    [Fact]
    public async Task GetAudioFeatures_WhenSpotifyRefuses_ReturnsForbiddenWithoutRetrying()
    {
        var fake = new FakeSpotify();
        fake.AnswerApi(() => FakeHttpHandler.Json(Error(403, "Forbidden"), HttpStatusCode.Forbidden));
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<SpotifyClient>().GetAudioFeaturesAsync([BillieJean]);

        Assert.Equal(ServiceFailure.Forbidden, result.Failure);
        Assert.Equal(1, fake.ApiCalls("/v1/audio-features"));
    }

    [Fact]
    public async Task GetAudioFeatures_WhenSomeIdsAreUnknown_ReturnsTheKnownOnes()
    {
        var fake = new FakeSpotify();
        fake.AnswerApi(() => FakeHttpHandler.Json(AudioFeatures((BillieJean, Sample), (ShapeOfYou, null))));
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<SpotifyClient>().GetAudioFeaturesAsync([BillieJean, ShapeOfYou]);

        Assert.True(result.Succeeded);
        var features = Assert.Single(result.Value);
        Assert.Equal(BillieJean, features.Key);
        Assert.Equal(Sample, features.Value.Features);
        Assert.Equal(4, features.Value.TimeSignature);
        Assert.Equal(11, features.Value.Key);
        Assert.Contains($"ids={BillieJean},{ShapeOfYou}", fake.Handler.Requests[^1].Uri.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPlaylistTracks_WhenPaged_FollowsNextAndSkipsEpisodesAndLocalFiles()
    {
        var next = $"https://{FakeSpotify.ApiHost}/v1/playlists/37i9dQZF1DXcBWIGoYBM5M/tracks?offset=50&limit=50";
        var fake = new FakeSpotify
        {
            Api = (request, _) => Task.FromResult(FakeHttpHandler.Json(request.RequestUri!.Query.Contains("offset=50", StringComparison.Ordinal)
                ? PlaylistPage(null, Track(ShapeOfYou, "Shape of You", ["Ed Sheeran"]))
                : PlaylistPage(next, Track(BillieJean, "Billie Jean", ["Michael Jackson"]), Episode("4rOoJ6Egrf8K2IrywzwOMk"), LocalFile(), null,
                    Track(BlindingLights, "Blinding Lights", ["The Weeknd"])))),
        };
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<SpotifyClient>().GetPlaylistTracksAsync("37i9dQZF1DXcBWIGoYBM5M");

        Assert.True(result.Succeeded);
        Assert.Equal([BillieJean, BlindingLights, ShapeOfYou], result.Value.Select(t => t.Id));
        Assert.Equal(2, fake.ApiCalls("/v1/playlists/37i9dQZF1DXcBWIGoYBM5M/tracks"));
        Assert.Contains("limit=50", fake.Handler.Requests.First(r => r.Uri.Host == FakeSpotify.ApiHost).Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPlaylistTracks_WhenNextPointsAwayFromSpotify_StopsWithoutSendingToken()
    {
        var fake = new FakeSpotify();
        fake.AnswerApi(() => FakeHttpHandler.Json(PlaylistPage("https://collector.example/steal?offset=50", Track(BillieJean, "Billie Jean", ["Michael Jackson"]))));
        await using var host = await TestHost.StartAsync(fake);

        var result = await host.Get<SpotifyClient>().GetPlaylistTracksAsync("37i9dQZF1DXcBWIGoYBM5M");

        Assert.Equal(ServiceFailure.MalformedResponse, result.Failure);
        Assert.DoesNotContain(fake.Handler.Requests, r => r.Uri.Host == "collector.example");
    }
}
