using MusicRecommender.Domain.Catalog;
using MusicRecommender.Pipeline.Cli;

namespace MusicRecommender.Pipeline.Tests.Cli;

public sealed class PlaylistImportCommandTests
{
    [Theory]
    [InlineData("https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M?si=4e2a9c0b1d3f4a5b", "kpop", TargetCatalog.Kpop)]
    [InlineData("https://open.spotify.com/intl-fr/playlist/37i9dQZF1DXcBWIGoYBM5M", "anime", TargetCatalog.Anime)]
    [InlineData("spotify:playlist:37i9dQZF1DXcBWIGoYBM5M", "K-pop", TargetCatalog.Kpop)]
    public void Parse_WhenGivenAPlaylistLinkAndCatalog_ReturnsBoth(string url, string catalog, TargetCatalog expected)
    {
        var parsed = PlaylistImportCommand.Parse(CliArguments.Parse(["import", "--spotify-playlist", url, "--catalog", catalog]));

        Assert.Equal(("37i9dQZF1DXcBWIGoYBM5M", expected), parsed);
    }

    [Theory]
    [InlineData("https://open.spotify.com/track/37i9dQZF1DXcBWIGoYBM5M")]
    [InlineData("https://open.spotify.com/album/37i9dQZF1DXcBWIGoYBM5M")]
    [InlineData("https://www.youtube.com/playlist?list=PL123")]
    [InlineData("my anime mix")]
    public void Parse_WhenUrlIsNoPlaylistLink_FailsWithAUsageErrorSayingWhatIsExpected(string url)
    {
        var error = Assert.Throws<CliException>(() => PlaylistImportCommand.Parse(CliArguments.Parse(["import", "--spotify-playlist", url, "--catalog", "anime"])));

        Assert.Contains("must be a Spotify playlist link", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "import", "--spotify-playlist", "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M" }, "needs --catalog")]
    [InlineData(new[] { "import", "--spotify-playlist", "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M", "--catalog", "jazz" }, "anime or kpop")]
    [InlineData(new[] { "import", "--spotify-playlist", "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M", "--catalog", "anime", "--from", "x.csv" }, "not both")]
    [InlineData(new[] { "import", "--spotify-playlist", "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M", "--catalog", "anime", "--limit", "5" }, "--limit")]
    [InlineData(new[] { "import", "--spotify-playlist" }, "needs a value")]
    public void Parse_WhenOptionsAreWrong_FailsWithAUsageError(string[] args, string message)
    {
        var error = Assert.Throws<CliException>(() => PlaylistImportCommand.Parse(CliArguments.Parse(args)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
