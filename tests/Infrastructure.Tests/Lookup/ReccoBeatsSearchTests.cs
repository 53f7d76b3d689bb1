using MusicRecommender.Infrastructure.Http;
using MusicRecommender.Infrastructure.Lookup;
using MusicRecommender.Infrastructure.Tests.Fakes;
using MusicRecommender.TestSupport.Spotify;

namespace MusicRecommender.Infrastructure.Tests.Lookup;

/// <summary>Finding songs by typed text through ReccoBeats' artist search and artists' tracks (fake on loopback).</summary>
public sealed class ReccoBeatsSearchTests
{
    private static readonly FakeSong Flowers = FakeSong.Make(1, "Flowers", "Miley Cyrus", popularity: 90);
    private static readonly FakeSong FlowersLive = FakeSong.Make(2, "Flowers - Live", "Miley Cyrus", popularity: 60);
    private static readonly FakeSong Tribute = FakeSong.Make(3, "Flowers", "Miley Cyrus Tribute Band", popularity: 95);
    private static readonly FakeSong Other = FakeSong.Make(4, "Flowers", "Lauren Spencer Smith", popularity: 80);
    private static readonly FakeSong AntiHero = FakeSong.Make(5, "Anti-Hero", "Taylor Swift", popularity: 85);

    [Theory]
    [InlineData("Flowers Miley Cyrus")]
    [InlineData("flowers miley cyrus")]
    [InlineData("Miley Cyrus - Flowers")]
    [InlineData("Miley Cyrus Flowers")]
    public async Task FindSong_WhenTextNamesTitleAndArtist_FindsThatArtistsOriginalVersion(string text)
    {
        await using var server = await FakeSpotifyServer.StartAsync([FlowersLive, Flowers, Tribute, Other]);
        await using var host = await StartAsync(server);

        var found = await host.Get<ReccoBeatsSearch>().FindSongAsync(text, CancellationToken.None);

        Assert.Null(found.Failure);
        Assert.Equal(Flowers.Id, found.Track?.SpotifyId);
        Assert.Equal(["Miley Cyrus"], found.Track!.Artists);
    }

    [Fact]
    public async Task FindSong_WhenATitleHasAHyphen_MatchesItThroughTheSameFoldAsLocalSearch()
    {
        await using var server = await FakeSpotifyServer.StartAsync([AntiHero]);
        await using var host = await StartAsync(server);

        var found = await host.Get<ReccoBeatsSearch>().FindSongAsync("anti hero TAYLOR SWIFT", CancellationToken.None);

        Assert.Equal(AntiHero.Id, found.Track?.SpotifyId);
    }

    [Fact]
    public async Task FindSong_WhenNoArtistIsNamedExactlyLikeAPart_FindsNothingAndSaysNothingFailed()
    {
        await using var server = await FakeSpotifyServer.StartAsync([Flowers]);
        await using var host = await StartAsync(server);

        var found = await host.Get<ReccoBeatsSearch>().FindSongAsync("Flowers Miley", CancellationToken.None);

        Assert.Null(found.Track);
        Assert.Null(found.Failure);
        Assert.True(server.Count("/reccobeats/v1/artist/search") >= 1);
        Assert.Equal(0, server.Count($"/reccobeats/v1/artist/{FakeReccoBeatsApi.ArtistId("Miley Cyrus")}/track"));
    }

    [Fact]
    public async Task ExactArtists_WhenAskedAgain_AnswersFromMemoryWithoutACall()
    {
        await using var server = await FakeSpotifyServer.StartAsync([Flowers]);
        await using var host = await StartAsync(server);
        var search = host.Get<ReccoBeatsSearch>();

        var first = await search.ExactArtistsAsync("Miley Cyrus", CancellationToken.None);
        var again = await search.ExactArtistsAsync("MILEY CYRUS", CancellationToken.None);

        Assert.Equal("Miley Cyrus", Assert.Single(first.Value!).Name);
        Assert.Equal(first.Value, again.Value);
        Assert.Equal(1, server.Count("/reccobeats/v1/artist/search"));
    }

    [Fact]
    public async Task ArtistTracks_ReadsPageAfterPageUntilAShortOne()
    {
        var songs = Enumerable.Range(100, 120).Select(i => FakeSong.Make(i, $"Song {i}", "Prolific Band")).ToList();
        await using var server = await FakeSpotifyServer.StartAsync(songs);
        await using var host = await StartAsync(server);
        var search = host.Get<ReccoBeatsSearch>();
        var artist = Assert.Single((await search.ExactArtistsAsync("Prolific Band", CancellationToken.None)).Value!);

        var tracks = await search.ArtistTracksAsync(artist, CancellationToken.None);

        Assert.Equal(120, tracks.Value!.Count);
        Assert.Equal(3, server.Count($"/reccobeats/v1/artist/{artist.Id}/track"));
        Assert.All(server.Requests.Where(r => r.Contains("/track?", StringComparison.Ordinal)), r => Assert.Contains("size=50", r, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(FakeMode.ServerError, "ReccoBeats is having trouble (HTTP 500).")]
    [InlineData(FakeMode.RateLimited, "ReccoBeats is rate limiting us")]
    public async Task FindSong_WhenReccoBeatsFails_SaysWhyInsteadOfThrowing(FakeMode mode, string message)
    {
        await using var server = await FakeSpotifyServer.StartAsync([Flowers]);
        server.RetryAfterSeconds = 30;
        server.Set(FakeService.ReccoBeats, mode);
        await using var host = await StartAsync(server);

        var found = await host.Get<ReccoBeatsSearch>().FindSongAsync("Flowers Miley Cyrus", CancellationToken.None);

        Assert.Null(found.Track);
        Assert.Contains(message, found.Failure, StringComparison.Ordinal);
    }

    internal static Task<TestHost> StartAsync(FakeSpotifyServer server, bool withDatabase = false, bool withCredentials = false) =>
        TestHost.StartAsync(new FakeSpotify { ReccoBeats = LoopbackReccoBeats.To(server) }, TestHost.FastSettings(withCredentials), withDatabase: withDatabase);
}
