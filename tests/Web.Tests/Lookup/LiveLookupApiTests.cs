using System.Diagnostics;
using System.Net;
using System.Text.Json;
using MusicRecommender.TestSupport.Spotify;
using static MusicRecommender.Web.Tests.Lookup.LiveLookupSite;

namespace MusicRecommender.Web.Tests.Lookup;

/// <summary>The JSON API with live lookup on and a fake Spotify and ReccoBeats on loopback.</summary>
[Collection(LiveLookupSiteCollection.Name)]
public sealed class LiveLookupApiTests(LiveLookupSiteFixture fixture)
{
    [Fact]
    public async Task Recommendations_WhenSongIsOnlyOnSpotify_ReportTheSourceThenServeItLocally()
    {
        await fixture.ResetAsync();
        var song = FakeSongs.ApiSource;
        var url = $"/api/recommendations?q={Q("quibbly starfall")}&catalog=kpop";

        var first = await fixture.GetJsonAsync(url);
        var calls = fixture.Fake.Requests.Count;
        var second = await fixture.GetJsonAsync(url);

        var query = first.GetProperty("query");
        Assert.Equal("reccobeats", query.GetProperty("source").GetString());
        Assert.Equal(song.Id, query.GetProperty("spotifyId").GetString());
        Assert.Equal(song.Title, query.GetProperty("title").GetString());
        Assert.Equal("The Flimbertons", query.GetProperty("artists").GetString());
        Assert.True(query.GetProperty("trackId").GetInt32() > 0);
        Assert.Equal(song.Features.Danceability, query.GetProperty("features").GetProperty("danceability").GetDouble(), 6);
        Assert.Contains("HTTP 403", query.GetProperty("notice").GetString(), StringComparison.Ordinal);
        Assert.Equal("kpop", first.GetProperty("catalog").GetString());
        Assert.True(first.GetProperty("modelVersion").GetInt32() >= 1);
        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        Assert.Equal("local", second.GetProperty("query").GetProperty("source").GetString());
        Assert.Equal(query.GetProperty("trackId").GetInt32(), second.GetProperty("query").GetProperty("trackId").GetInt32());
        Assert.Equal(Ids(first), Ids(second));
        Assert.Equal(calls, fixture.Fake.Requests.Count);
    }

    [Fact]
    public async Task Recommendations_WhenSpotifyGivesAudioFeatures_SourceIsSpotifyAndReccoBeatsIsNotAsked()
    {
        await fixture.ResetAsync();
        fixture.Fake.AudioFeaturesForbidden = false;
        var reccoBeats = fixture.Fake.Count("/reccobeats/v1/audio-features");

        var json = await fixture.GetJsonAsync($"/api/recommendations?q={Q("snorkel dawnbreak vexa plume")}&catalog=anime");

        Assert.Equal("spotify", json.GetProperty("query").GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("query").GetProperty("notice").ValueKind);
        Assert.Equal(reccoBeats, fixture.Fake.Count("/reccobeats/v1/audio-features"));
        Assert.Equal(1, fixture.Site.Scalar($"SELECT COUNT(*) FROM Tracks WHERE SpotifyId = '{FakeSongs.WithSpotifyFeatures.Id}' AND Source = 'spotify'"));
    }

    [Fact]
    public async Task Recommendations_WhenQIsASpotifyUri_ResolveItDirectly()
    {
        await fixture.ResetAsync();
        var searches = fixture.Fake.Count("/spotify-api/v1/search");

        var json = await fixture.GetJsonAsync($"/api/recommendations?q={Q($"spotify:track:{FakeSongs.ApiLink.Id}")}&catalog=anime&top=5");

        Assert.Equal(FakeSongs.ApiLink.Title, json.GetProperty("query").GetProperty("title").GetString());
        Assert.Equal(5, json.GetProperty("items").GetArrayLength());
        Assert.Equal(searches, fixture.Fake.Count("/spotify-api/v1/search"));
    }

    [Fact]
    public async Task Recommendations_WhenFeaturesAreUnavailable_Return404ProblemNamingTheSong()
    {
        await fixture.ResetAsync();

        var problem = await fixture.GetJsonAsync($"/api/recommendations?spotifyId={FakeSongs.NoFeatures.Id}&catalog=anime", HttpStatusCode.NotFound);

        Assert.Equal("Audio features unavailable.", problem.GetProperty("title").GetString());
        Assert.Equal("unavailable", problem.GetProperty("source").GetString());
        Assert.Equal(FakeSongs.NoFeatures.Id, problem.GetProperty("song").GetProperty("spotifyId").GetString());
        Assert.Equal(FakeSongs.NoFeatures.Title, problem.GetProperty("song").GetProperty("title").GetString());
        Assert.Equal("Ed Sheeran", problem.GetProperty("song").GetProperty("artists").GetString());
        Assert.Contains("ReccoBeats has no audio features", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommendations_WhenSpotifyAsksToWaitOneSecond_RetryOnceThenSucceed()
    {
        await fixture.ResetAsync();
        fixture.Fail(FakeService.Api, FakeMode.RateLimited, times: 1);
        var searches = fixture.Fake.Count("/spotify-api/v1/search");
        var clock = Stopwatch.StartNew();

        var json = await fixture.GetJsonAsync($"/api/recommendations?q={Q("kazoodle skyline")}&catalog=anime");

        Assert.Equal(FakeSongs.RetryAfterOne.Title, json.GetProperty("query").GetProperty("title").GetString());
        Assert.Equal(searches + 2, fixture.Fake.Count("/spotify-api/v1/search"));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Recommendations_WhenSpotifyKeepsFailing_OpenTheCircuitAndStopCalling()
    {
        await fixture.ResetAsync();
        await fixture.EnsureSpotifyCircuitClosedAsync();
        fixture.Fail(FakeService.Api, FakeMode.ServerError);
        var searches = fixture.Fake.Count("/spotify-api/v1/search");

        // Lookups until one calls nobody: each makes up to four calls (three retries); the breaker opens once it
        // has seen at least five calls in its window, half of them failed — within two lookups on a quiet machine,
        // later when a busy one spreads the retries past the window. A lookup that calls nobody says calls are paused.
        JsonElement paused = default;
        int before = searches, lookups = 0;
        for (; lookups < 6; lookups++)
        {
            before = fixture.Fake.Count("/spotify-api/v1/search");
            paused = await fixture.GetJsonAsync($"/api/recommendations?q={Q($"zorblax {lookups}")}&catalog=anime", HttpStatusCode.NotFound);
            if (fixture.Fake.Count("/spotify-api/v1/search") == before) break;
        }

        Assert.InRange(lookups, 2, 5);
        Assert.InRange(before - searches, 5, 4 * lookups);
        Assert.Equal(before, fixture.Fake.Count("/spotify-api/v1/search"));
        Assert.Contains("calls are paused", paused.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_MergesLocalFirstThenSpotifyListingEachSongOnce()
    {
        await fixture.ResetAsync();
        var q = Q("shape of you ed sheeran");
        var local = await fixture.GetJsonAsync($"/api/tracks/search?q={q}&limit=20");

        var json = await fixture.GetJsonAsync($"/api/tracks/suggest?q={q}&limit=20");

        var items = json.EnumerateArray().ToList();
        var localIds = local.EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        Assert.NotEmpty(localIds);
        Assert.Equal(localIds, items.Take(localIds.Count).Select(i => i.GetProperty("id").GetInt32()));
        Assert.All(items.Take(localIds.Count), i => Assert.Equal("local", i.GetProperty("source").GetString()));
        Assert.Single(items, i => i.GetProperty("spotifyId").GetString() == FakeSongs.ShapeOfYou.Id);
        var remix = Assert.Single(items, i => i.GetProperty("spotifyId").GetString() == FakeSongs.RemixForSuggest.Id);
        Assert.Equal("spotify", remix.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, remix.GetProperty("id").ValueKind);
        Assert.Equal(FakeSongs.RemixForSuggest.Title, remix.GetProperty("title").GetString());
        Assert.Empty(remix.GetProperty("catalogs").EnumerateArray());
    }

    [Fact]
    public async Task Suggest_WhenSpotifyHangs_AnswersWithLocalSuggestionsInTime()
    {
        await fixture.ResetAsync();
        fixture.Fail(FakeService.Api, FakeMode.Hang);

        var (status, body, elapsed) = await fixture.GetAsync($"/api/tracks/suggest?q={Q("shape of you ed sheeran")}&limit=20");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(elapsed < LiveLookupSiteFixture.PageBudget, $"took {elapsed}");
        var items = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("local", i.GetProperty("source").GetString()));
    }

    private static List<int> Ids(JsonElement json) =>
        json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("trackId").GetInt32()).ToList();
}
