using System.Net;
using MusicRecommender.TestSupport.Spotify;
using static MusicRecommender.Web.Tests.Lookup.LiveLookupSite;

namespace MusicRecommender.Web.Tests.Lookup;

/// <summary>The results page with live lookup on and a fake Spotify and ReccoBeats on loopback.</summary>
[Collection(LiveLookupSiteCollection.Name)]
public sealed class LiveLookupPageTests(LiveLookupSiteFixture fixture)
{
    [Fact]
    public async Task Results_WhenSongIsOnlyOnSpotify_FindsItThereWithReccoBeatsFeaturesAndServesItLocallyNextTime()
    {
        await fixture.ResetAsync();
        var song = FakeSongs.MustShow;
        var url = $"/results?q={Q("zorblax moonrise")}&catalog=anime";
        var before = fixture.Fake.Requests.Count;

        var (_, first, _) = await fixture.GetAsync(url);
        var live = fixture.RequestsSince(before);
        var (_, second, _) = await fixture.GetAsync(url);

        Assert.Contains(song.Title, first, StringComparison.Ordinal);
        Assert.Contains("Features from ReccoBeats", first, StringComparison.Ordinal);
        Assert.Equal(10, Count(first, "class=\"recommendation\""));
        Assert.Contains(live, r => r.StartsWith("/spotify-api/v1/search?", StringComparison.Ordinal));
        Assert.Contains(live, r => r.StartsWith($"/spotify-api/v1/tracks/{song.Id}", StringComparison.Ordinal));
        Assert.Contains(live, r => r.StartsWith("/spotify-api/v1/audio-features?", StringComparison.Ordinal)); // answered 403
        Assert.Contains(live, r => r.StartsWith("/reccobeats/v1/audio-features?", StringComparison.Ordinal));
        Assert.Contains("Features from our catalog", second, StringComparison.Ordinal);
        Assert.Equal(10, Count(second, "class=\"recommendation\""));
        Assert.Equal(before + live.Count, fixture.Fake.Requests.Count);
        Assert.Equal(4, fixture.Site.Scalar($"SELECT Catalogs FROM Tracks WHERE SpotifyId = '{song.Id}' AND Source = 'reccobeats'"));
    }

    [Fact]
    public async Task Results_WhenASpotifyLinkIsPasted_ResolvesItWithoutSearching()
    {
        await fixture.ResetAsync();
        var song = FakeSongs.PastedLink;
        var searches = fixture.Fake.Count("/spotify-api/v1/search");

        var (status, html, _) = await fixture.GetAsync($"/results?q={Q($"https://open.spotify.com/intl-de/track/{song.Id}?si=a1b2c3")}&catalog=kpop");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(song.Title, html, StringComparison.Ordinal);
        Assert.Contains("Features from ReccoBeats", html, StringComparison.Ordinal);
        Assert.Equal(10, Count(html, "class=\"recommendation\""));
        Assert.Equal(searches, fixture.Fake.Count("/spotify-api/v1/search"));
    }

    [Fact]
    public async Task Results_WhenGivenASpotifyId_LooksItUp()
    {
        await fixture.ResetAsync();

        var (_, html, _) = await fixture.GetAsync($"/results?spotifyId={FakeSongs.BySpotifyId.Id}&catalog=anime");

        Assert.Contains(FakeSongs.BySpotifyId.Title, html, StringComparison.Ordinal);
        Assert.Equal(10, Count(html, "class=\"recommendation\""));
    }

    [Fact]
    public async Task Results_WhenNoSourceHasFeatures_SaysSoAndOffersSimilarLocalSongsAndExplore()
    {
        await fixture.ResetAsync();

        var (status, body, _) = await fixture.GetAsync($"/results?q={Q("zorblax unreleased demo")}&catalog=anime");
        var html = WebUtility.HtmlDecode(body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("We found \"Zorblax Unreleased Demo\" by Ed Sheeran, but its audio features are unavailable.", html, StringComparison.Ordinal);
        Assert.Contains("Spotify does not give audio features to this app (HTTP 403).", html, StringComparison.Ordinal);
        Assert.Contains("ReccoBeats has no audio features for this track.", html, StringComparison.Ordinal);
        Assert.Contains("Start from a similar song instead", html, StringComparison.Ordinal);
        Assert.True(Count(html, "/results?trackId=") >= 1);
        Assert.Contains("Ed Sheeran</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/explore?catalog=anime\"", html, StringComparison.Ordinal);
        Assert.Equal(0, Count(html, "class=\"recommendation\""));
    }

    [Theory]
    [InlineData(FakeMode.ServerError, "Spotify is having trouble (HTTP 500).")]
    [InlineData(FakeMode.Hang, "Spotify did not answer in time.")]
    [InlineData(FakeMode.QuotaExceeded, "request quota for this app is used up")]
    [InlineData(FakeMode.RateLimited, "Spotify is rate limiting us; try again in 30 s.")]
    [InlineData(FakeMode.Malformed, "Spotify sent an answer we could not read.")]
    [InlineData(FakeMode.Disconnect, "Spotify could not be reached.")]
    [InlineData(FakeMode.Forbidden, "Spotify refused access (HTTP 403).")]
    [InlineData(FakeMode.Empty, "No song in our catalog or on Spotify matches")]
    public async Task Results_WhenSpotifySearchFails_AnswersInTimeWithAMessageAndLocalSongs(FakeMode mode, string message)
    {
        await fixture.ResetAsync();
        fixture.Fake.RetryAfterSeconds = 30;
        fixture.Fail(FakeService.Api, mode);

        var (status, body, elapsed) = await fixture.GetAsync($"/results?q={Q("moonlight zorblax")}&catalog=anime");
        var (apiStatus, problem, _) = await fixture.GetAsync($"/api/recommendations?q={Q("moonlight zorblax")}&catalog=anime");
        var html = WebUtility.HtmlDecode(body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(elapsed < LiveLookupSiteFixture.PageBudget, $"took {elapsed}");
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("Songs in our catalog with similar words", html, StringComparison.Ordinal);
        Assert.Contains("id=\"alternative-songs\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, apiStatus);
        Assert.Contains("No song in our catalog", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FakeMode.ServerError, "ReccoBeats is having trouble (HTTP 500).")]
    [InlineData(FakeMode.Hang, "ReccoBeats did not answer in time.")]
    [InlineData(FakeMode.Malformed, "ReccoBeats sent an answer we could not read.")]
    [InlineData(FakeMode.Disconnect, "ReccoBeats could not be reached.")]
    [InlineData(FakeMode.Empty, "ReccoBeats has no audio features for this track.")]
    public async Task Results_WhenReccoBeatsFailsAfterSpotifyRefusedFeatures_OffersTheArtistsLocalSongs(FakeMode mode, string message)
    {
        await fixture.ResetAsync();
        fixture.Fail(FakeService.ReccoBeats, mode);

        var (status, body, elapsed) = await fixture.GetAsync($"/results?spotifyId={FakeSongs.ReccoBeatsDown.Id}&catalog=kpop");
        var html = WebUtility.HtmlDecode(body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(elapsed < LiveLookupSiteFixture.PageBudget, $"took {elapsed}");
        Assert.Contains("\"Zorblax Lighthouse\" by Ed Sheeran, but its audio features are unavailable.", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("Ed Sheeran</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/explore?catalog=kpop\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_WhenSpotifyHangsOnAPastedLink_StillGetsTheSongAndItsFeaturesFromReccoBeatsInTime()
    {
        await fixture.ResetAsync();
        fixture.Fail(FakeService.Api, FakeMode.Hang);
        var song = FakeSongs.SpotifyHangsLink;

        var (status, body, elapsed) = await fixture.GetAsync($"/results?q={Q($"spotify:track:{song.Id}")}&catalog=anime");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(elapsed < LiveLookupSiteFixture.PageBudget, $"took {elapsed}");
        Assert.Contains("Features from ReccoBeats", body, StringComparison.Ordinal);
        Assert.Contains("Spotify did not answer in time.", body, StringComparison.Ordinal);
        // ReccoBeats' tracks by id name the song, so it is shown and stored even without Spotify.
        Assert.Contains(song.Title, body, StringComparison.Ordinal);
        Assert.Equal(10, Count(body, "class=\"recommendation\""));
        Assert.Equal(1, fixture.Site.Scalar($"SELECT COUNT(*) FROM Tracks WHERE SpotifyId = '{song.Id}' AND Source = 'reccobeats'"));
    }

    [Theory]
    [InlineData(FakeMode.Hang, "The live lookup took longer than 2.5 s, so we stopped waiting.")]
    [InlineData(FakeMode.ServerError, "ReccoBeats is having trouble (HTTP 500).")]
    public async Task Results_WhenEveryOutsideServiceFails_AnswersWithinTheBudgetWithAMessage(FakeMode mode, string message)
    {
        await fixture.ResetAsync();
        fixture.Fail(FakeService.Accounts, mode);
        fixture.Fail(FakeService.Api, mode);
        fixture.Fail(FakeService.ReccoBeats, mode);

        var (status, body, elapsed) = await fixture.GetAsync($"/results?q={Q(FakeSong.IdFor(900).Insert(0, "spotify:track:"))}&catalog=anime");
        var (local, localHtml, _) = await fixture.GetAsync($"/results?q={Q("Shape of You Ed Sheeran")}&catalog=anime");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(elapsed < LiveLookupSiteFixture.PageBudget, $"took {elapsed}");
        Assert.Contains("We could not look up this Spotify track.", body, StringComparison.Ordinal);
        Assert.Contains(message, body, StringComparison.Ordinal);
        Assert.Contains("href=\"/explore?catalog=anime\"", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, local);
        Assert.Equal(10, Count(localHtml, "class=\"recommendation\""));
        Assert.Contains("Features from our catalog", localHtml, StringComparison.Ordinal);
    }
}
