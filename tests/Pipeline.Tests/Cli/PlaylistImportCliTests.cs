using MusicRecommender.TestSupport;
using MusicRecommender.TestSupport.Spotify;

namespace MusicRecommender.Pipeline.Tests.Cli;

/// <summary>The real command line (<see cref="PipelineCli"/>) against a fake Spotify and ReccoBeats on loopback.</summary>
public sealed class PlaylistImportCliTests
{
    private const string PlaylistId = "FakePlaylist0000000001";

    [Fact]
    public async Task Import_WhenPointedAtAPlaylist_AddsItsTracksWithProgressAndASummaryOfWhatFailed()
    {
        // 55 tracks: two pages of 50; every tenth has no features anywhere, one has Spotify's own.
        var songs = Enumerable.Range(1, 55).Select(i => FakeSong.Make(100 + i, $"Zorblax Anthem {i}", "The Flimbertons",
            onSpotifyFeatures: i == 1, onReccoBeats: i % 10 != 0)).ToList();
        await using var fake = await FakeSpotifyServer.StartAsync(songs);
        fake.AudioFeaturesForbidden = false;
        fake.AddPlaylist(PlaylistId, songs.Select(s => s.Id).ToArray());
        using var folder = new TempFolder("musicrec-cli");
        var settings = fake.SiteSettings(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5));

        var (exit, output, error) = await RunAsync(folder, settings, "import", "--spotify-playlist", $"https://open.spotify.com/playlist/{PlaylistId}?si=abc", "--catalog", "anime");

        Assert.True(exit == 0, $"exit {exit}: {error}\n{output}");
        Assert.Contains("55 tracks in the playlist.", output, StringComparison.Ordinal);
        Assert.Contains("ReccoBeats: ", output, StringComparison.Ordinal);
        Assert.Contains("added to anime: 50 (features from Spotify 1, from ReccoBeats 49)", output, StringComparison.Ordinal);
        Assert.Contains("could not get features (not added): 5", output, StringComparison.Ordinal);
        Assert.Contains($"Zorblax Anthem 10 — The Flimbertons ({FakeSong.IdFor(110)})", output, StringComparison.Ordinal);
        Assert.Contains("train --catalog anime", output, StringComparison.Ordinal);
        Assert.Equal(2, fake.Count($"{FakeSpotifyServer.ApiPath}/v1/playlists/{PlaylistId}/tracks"));
        Assert.Equal(50, Scalar(folder, "SELECT COUNT(*) FROM Tracks WHERE Catalogs = 1"));
        Assert.Equal(1, Scalar(folder, "SELECT COUNT(*) FROM Tracks WHERE Source = 'spotify'"));
    }

    [Fact]
    public async Task Import_WithoutSpotifyCredentials_ExitsWithAClearError()
    {
        using var folder = new TempFolder("musicrec-cli");
        var settings = new Dictionary<string, string?> { ["Spotify:ClientId"] = "", ["Spotify:ClientSecret"] = "" };

        var (exit, _, error) = await RunAsync(folder, settings, "import", "--spotify-playlist", $"spotify:playlist:{PlaylistId}", "--catalog", "kpop");

        Assert.Equal(1, exit);
        Assert.Contains("needs Spotify credentials", error, StringComparison.Ordinal);
        Assert.Contains("Spotify__ClientId", error, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(TempFolder folder, IDictionary<string, string?> settings, params string[] args) =>
        PipelineCli.RunAsync(folder, settings, args);

    private static long Scalar(TempFolder folder, string sql) => PipelineCli.Scalar(folder, sql);
}
