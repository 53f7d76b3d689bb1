using MusicRecommender.Pipeline.Tests.Cli;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Pipeline.Tests.Datasets;

/// <summary>
/// <c>data fetch</c> end to end: the real command line downloads the three datasets from a loopback
/// file server, verifies them and imports them — or refuses, importing nothing.
/// </summary>
public sealed class DataFetchCliTests : IAsyncLifetime
{
    private readonly byte[] _multiGenre = SeedFiles.MultiGenre();
    private readonly byte[] _animeSongs = SeedFiles.AnimeSongs();
    private readonly byte[] _kpopWestern = SeedFiles.KpopWestern();
    private readonly TempFolder _folder = new("musicrec-fetch-cli");
    private FakeDatasetServer _server = null!;

    private string SeedFolder => _folder.File("seed");

    public async Task InitializeAsync()
    {
        _server = await FakeDatasetServer.StartAsync();
        _server.Serve("/hf/dataset.csv", _multiGenre);
        _server.Serve("/zhu/anime_songs.csv", _animeSongs);
        _server.Serve("/wu/final_train_s3.csv", _kpopWestern);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task DataFetch_WhenTheServerHoldsTheThreeFiles_DownloadsIntoTheSeedPathAndImportsThem()
    {
        _server.CutOffNextAfter("/hf/dataset.csv", 400);

        var (exit, output, error) = await PipelineCli.RunAsync(_folder, Settings(), "data", "fetch");

        Assert.True(exit == 0, $"exit {exit}: {error}\n{output}");
        Assert.Contains($"Fetching the seed datasets into {SeedFolder}", output, StringComparison.Ordinal);
        Assert.Contains("resuming at", output, StringComparison.Ordinal);
        Assert.Equal(_multiGenre, await File.ReadAllBytesAsync(Path.Combine(SeedFolder, "spotify_tracks_dataset.csv")));
        Assert.Equal(_kpopWestern, await File.ReadAllBytesAsync(Path.Combine(SeedFolder, "kpop_western_tracks.csv")));
        Assert.Empty(Directory.GetFiles(SeedFolder, "*.part"));
        Assert.Contains("dotnet run --project Web", output, StringComparison.Ordinal);
        // anime: 2 from the multi-genre file + 3 from the anime list; kpop: 2 + 2; reference: 3 pop + 2 western.
        Assert.Equal(5, PipelineCli.Scalar(_folder, "SELECT COUNT(*) FROM Tracks WHERE (Catalogs & 1) != 0"));
        Assert.Equal(4, PipelineCli.Scalar(_folder, "SELECT COUNT(*) FROM Tracks WHERE (Catalogs & 2) != 0"));
        Assert.Equal(5, PipelineCli.Scalar(_folder, "SELECT COUNT(*) FROM Tracks WHERE (Catalogs & 4) != 0"));
        Assert.Equal(1, PipelineCli.Scalar(_folder, $"SELECT COUNT(*) FROM Tracks WHERE SpotifyId = '{SeedFiles.Id('M', 0)}' AND Artists = 'Zorb Artist 0, Guest'"));

        // A second run finds every file verified in place and asks the server nothing more.
        var requests = _server.Requests.Count;
        var (again, againOutput, _) = await PipelineCli.RunAsync(_folder, Settings(), "data", "fetch", "--no-import");
        Assert.Equal(0, again);
        Assert.Equal(3, againOutput.Split("already there, checksum verified").Length - 1);
        Assert.Equal(requests, _server.Requests.Count);
    }

    [Fact]
    public async Task DataFetch_WhenAFileIsTampered_RefusesItNamingBothChecksums_AndImportsNothing()
    {
        var tampered = (byte[])_kpopWestern.Clone();
        tampered[^5] = (byte)'9';
        _server.Serve("/wu/final_train_s3.csv", tampered);

        var (exit, output, error) = await PipelineCli.RunAsync(_folder, Settings(), "data", "fetch");

        Assert.True(exit == 1, $"exit {exit}: {error}\n{output}");
        Assert.Contains($"kpop_western_tracks.csv: checksum differs: expected SHA-256 {SeedFiles.Sha256(_kpopWestern)}, got {SeedFiles.Sha256(tampered)}",
            error, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(SeedFolder, "kpop_western_tracks.csv")));
        Assert.True(!File.Exists(_folder.File(PipelineCli.DatabaseFile)) || PipelineCli.Scalar(_folder, "SELECT COUNT(*) FROM Tracks") == 0);
    }

    [Fact]
    public async Task DataFetch_WhenAUrlAnswers404_SaysWhichFileMovedAndWhatToSet()
    {
        var settings = Settings();
        settings["Datasets:AnimeSongs:Url"] = _server.Url("/zhu/renamed.csv");

        var (exit, output, error) = await PipelineCli.RunAsync(_folder, settings, "data", "fetch", "--to", _folder.File("elsewhere"));

        Assert.True(exit == 1, $"exit {exit}: {error}\n{output}");
        Assert.Contains($"anime_tracks_popular_spotify.csv: {_server.Url("/zhu/renamed.csv")} answered 404 Not Found: the file has moved or is gone", error, StringComparison.Ordinal);
        Assert.Contains("Datasets__AnimeSongs__Url", error, StringComparison.Ordinal);
        Assert.True(!File.Exists(_folder.File(PipelineCli.DatabaseFile)) || PipelineCli.Scalar(_folder, "SELECT COUNT(*) FROM Tracks") == 0);
    }

    [Fact]
    public async Task DataFetch_WhenAChecksumSettingIsMalformed_SaysWhichOne()
    {
        var settings = Settings();
        settings["Datasets:KpopWestern:Sha256"] = "abc";

        var (exit, _, error) = await PipelineCli.RunAsync(_folder, settings, "data", "fetch");

        Assert.Equal(1, exit);
        Assert.Contains("Datasets:KpopWestern: Sha256 must be 64 hexadecimal digits.", error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Catalog:SeedPath"] = SeedFolder,
        ["Datasets:ReadTimeout"] = "00:00:01",
        ["Datasets:MultiGenre:Url"] = _server.Url("/hf/dataset.csv"),
        ["Datasets:MultiGenre:Sha256"] = SeedFiles.Sha256(_multiGenre),
        ["Datasets:AnimeSongs:Url"] = _server.Url("/zhu/anime_songs.csv"),
        ["Datasets:AnimeSongs:Sha256"] = SeedFiles.Sha256(_animeSongs),
        ["Datasets:KpopWestern:Url"] = _server.Url("/wu/final_train_s3.csv"),
        ["Datasets:KpopWestern:Sha256"] = SeedFiles.Sha256(_kpopWestern),
    };
}
