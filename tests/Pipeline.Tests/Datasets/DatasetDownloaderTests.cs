using MusicRecommender.Pipeline.Cli.Datasets;
using MusicRecommender.TestSupport;

namespace MusicRecommender.Pipeline.Tests.Datasets;

/// <summary>One dataset download against a real HTTP server on loopback: verify, resume, refuse.</summary>
public sealed class DatasetDownloaderTests : IAsyncLifetime
{
    private const string FileName = "spotify_tracks_dataset.csv";

    private readonly byte[] _content = SeedFiles.MultiGenre();
    private readonly TempFolder _folder = new("musicrec-fetch");
    private readonly StringWriter _output = new();
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private FakeDatasetServer _server = null!;

    private string Target => _folder.File(FileName);

    public async Task InitializeAsync()
    {
        _server = await FakeDatasetServer.StartAsync();
        _server.Serve("/dataset.csv", _content);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Fetch_WhenTheChecksumMatches_KeepsTheFileUnderItsNameAndNoPart()
    {
        var outcome = await FetchAsync(Source(SeedFiles.Sha256(_content)));

        Assert.Equal(FetchOutcome.Downloaded, outcome);
        Assert.Equal(_content, await File.ReadAllBytesAsync(Target));
        Assert.False(File.Exists(Target + ".part"));
    }

    [Fact]
    public async Task Fetch_WhenTheChecksumDiffers_RefusesNamingTheFileAndBothChecksums_AndKeepsNothing()
    {
        var expected = new string('a', 64);

        var error = await Assert.ThrowsAsync<DatasetFetchException>(() => FetchAsync(Source(expected)));

        Assert.Contains(FileName, error.Message, StringComparison.Ordinal);
        Assert.Contains($"expected SHA-256 {expected}, got {SeedFiles.Sha256(_content)}", error.Message, StringComparison.Ordinal);
        Assert.Contains("Datasets__MultiGenre__Sha256", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Fetch_WhenTheUrlAnswers404_SaysTheFileMovedAndWhichSettingToChange()
    {
        var error = await Assert.ThrowsAsync<DatasetFetchException>(() => FetchAsync(Source(SeedFiles.Sha256(_content), "/moved-away.csv")));

        Assert.Contains($"{FileName}: {_server.Url("/moved-away.csv")} answered 404", error.Message, StringComparison.Ordinal);
        Assert.Contains("has moved or is gone", error.Message, StringComparison.Ordinal);
        Assert.Contains("Datasets__MultiGenre__Url", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Fetch_WhenTheUrlRedirectsInALoop_SaysSoWithTheChain()
    {
        _server.Redirect("/a.csv", _server.Url("/b.csv"));
        _server.Redirect("/b.csv", "/a.csv");

        var error = await Assert.ThrowsAsync<DatasetFetchException>(() => FetchAsync(Source(SeedFiles.Sha256(_content), "/a.csv")));

        Assert.Contains("redirects in a loop", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{_server.Url("/a.csv")} → {_server.Url("/b.csv")} → {_server.Url("/a.csv")}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_WhenRedirectedToTheFile_FollowsTheRedirect()
    {
        _server.Redirect("/resolve/main/dataset.csv", "/dataset.csv");

        var outcome = await FetchAsync(Source(SeedFiles.Sha256(_content), "/resolve/main/dataset.csv"));

        Assert.Equal(FetchOutcome.Downloaded, outcome);
        Assert.Equal(_content, await File.ReadAllBytesAsync(Target));
    }

    [Fact]
    public async Task Fetch_WhenTheDownloadIsCutOff_ResumesWithARangeRequestToTheRightChecksum()
    {
        _server.CutOffNextAfter("/dataset.csv", 300);

        var outcome = await FetchAsync(Source(SeedFiles.Sha256(_content)));

        Assert.Equal(FetchOutcome.Downloaded, outcome);
        Assert.Equal(_content, await File.ReadAllBytesAsync(Target));
        Assert.Equal([null, "bytes=300-"], _server.Requests.Select(r => r.Range));
        Assert.Contains("cut off at 0.3 kB (nothing received for 1 s); resuming", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("resuming at", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_WhenAnEarlierRunLeftAPart_ResumesFromItsEnd()
    {
        await File.WriteAllBytesAsync(Target + ".part", _content[..123]);

        var outcome = await FetchAsync(Source(SeedFiles.Sha256(_content)));

        Assert.Equal(FetchOutcome.Downloaded, outcome);
        Assert.Equal(_content, await File.ReadAllBytesAsync(Target));
        Assert.Equal(["bytes=123-"], _server.Requests.Select(r => r.Range));
    }

    [Fact]
    public async Task Fetch_WhenAnEarlierRunLeftTheWholeFileAsAPart_VerifiesItWithoutDownloadingAgain()
    {
        await File.WriteAllBytesAsync(Target + ".part", _content);

        var outcome = await FetchAsync(Source(SeedFiles.Sha256(_content)));

        Assert.Equal(FetchOutcome.Downloaded, outcome);
        Assert.Equal(_content, await File.ReadAllBytesAsync(Target));
        Assert.Equal([$"bytes={_content.Length}-"], _server.Requests.Select(r => r.Range));
    }

    [Fact]
    public async Task Fetch_WhenTheFileIsAlreadyThere_AsksTheServerNothing()
    {
        await File.WriteAllBytesAsync(Target, _content);

        var outcome = await FetchAsync(Source(SeedFiles.Sha256(_content)));

        Assert.Equal(FetchOutcome.AlreadyThere, outcome);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Fetch_WhenADifferentFileHasTheName_RefusesToOverwriteIt()
    {
        await File.WriteAllTextAsync(Target, "something else");

        var error = await Assert.ThrowsAsync<DatasetFetchException>(() => FetchAsync(Source(SeedFiles.Sha256(_content))));

        Assert.Contains("is already there but is not the expected file", error.Message, StringComparison.Ordinal);
        Assert.Equal("something else", await File.ReadAllTextAsync(Target));
        Assert.Empty(_server.Requests);
    }

    private Task<FetchOutcome> FetchAsync(DatasetSource source) =>
        new DatasetDownloader(_http, _output, TimeSpan.FromSeconds(1)).FetchAsync("MultiGenre", source, _folder.Path, CancellationToken.None);

    private DatasetSource Source(string sha256, string path = "/dataset.csv") => DatasetSource.Of(FileName, _server.Url(path), sha256);
}
