using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Features;
using MusicRecommender.Infrastructure.Spotify;
using MusicRecommender.Infrastructure.Tests.Fakes;

namespace MusicRecommender.Infrastructure.Tests.Spotify;

public sealed class SongLookupRegistrationTests
{
    [Fact]
    public async Task AddSongLookup_WithoutSettings_UsesPublicEndpointsAndLeavesSpotifyOff()
    {
        await using var host = await TestHost.StartAsync(new FakeSpotify(), new Dictionary<string, string?>());

        var spotify = host.Get<IOptions<SpotifyOptions>>().Value;
        var features = host.Get<IOptions<ReccoBeatsOptions>>().Value;

        Assert.Equal("https://api.spotify.com", spotify.ApiBaseUrl);
        Assert.Equal("https://accounts.spotify.com", spotify.AccountsBaseUrl);
        Assert.Equal("https://api.reccobeats.com", features.ReccoBeatsBaseUrl);
        Assert.False(spotify.IsConfigured);
        Assert.False(host.Get<SpotifyClient>().IsEnabled);
        Assert.True(host.Get<ReccoBeatsClient>().IsEnabled);
        Assert.Equal(5, spotify.BreakerMinimumThroughput);
        Assert.Equal(TimeSpan.FromSeconds(30), spotify.BreakerSamplingDuration);
    }

    [Fact]
    public async Task AddSongLookup_WhenOnlyClientIdIsSet_FailsAtStart()
    {
        var settings = TestHost.FastSettings();
        settings.Remove("Spotify:ClientSecret");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestHost.StartAsync(new FakeSpotify(), settings));

        Assert.Contains("Spotify:ClientSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSongLookup_WhenAttemptTimeoutExceedsTotal_FailsAtStart()
    {
        var settings = TestHost.FastSettings();
        settings["Features:AttemptTimeout"] = "00:01:00";
        settings["Features:TotalTimeout"] = "00:00:10";

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestHost.StartAsync(new FakeSpotify(), settings));

        Assert.Contains("AttemptTimeout", error.Message, StringComparison.Ordinal);
    }
}
