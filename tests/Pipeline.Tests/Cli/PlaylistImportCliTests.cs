using System.Diagnostics;
using Microsoft.Data.Sqlite;
using MusicRecommender.TestSupport;
using MusicRecommender.TestSupport.Spotify;

namespace MusicRecommender.Pipeline.Tests.Cli;

/// <summary>
/// The real command line in its own process (so its environment is its own), against a fake
/// Spotify and ReccoBeats on loopback and a temporary SQLite file.
/// </summary>
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

    private static async Task<(int Exit, string Output, string Error)> RunAsync(TempFolder folder, IDictionary<string, string?> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = SharedData.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(PipelineDll());
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__Default"] = $"Data Source={folder.File("cli.db")}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        // Whatever this machine's settings say, the command never reaches a real service.
        start.Environment["Spotify__ApiBaseUrl"] = start.Environment["Spotify__AccountsBaseUrl"] = start.Environment["Features__ReccoBeatsBaseUrl"] = OutsideServices.ClosedPort;
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The command line as built beside these tests (same configuration).</summary>
    private static string PipelineDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var local = Path.Combine(AppContext.BaseDirectory, "MusicRecommender.Pipeline.dll");
        var built = Path.Combine(SharedData.RepositoryRoot, "Pipeline", "bin", configuration, "net10.0", "MusicRecommender.Pipeline.dll");
        return File.Exists(Path.ChangeExtension(local, ".runtimeconfig.json")) ? local : built;
    }

    private static long Scalar(TempFolder folder, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={folder.File("cli.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
