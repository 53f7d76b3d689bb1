using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Tests.Catalog;

public sealed class SpotifyLinkTests
{
    private const string Id = "5ChkMS8OtdzJeqyybCc9R5";

    [Theory]
    [InlineData("https://open.spotify.com/track/5ChkMS8OtdzJeqyybCc9R5")]
    [InlineData("https://open.spotify.com/track/5ChkMS8OtdzJeqyybCc9R5?si=1a2b3c4d5e6f4a7b")]
    [InlineData("https://open.spotify.com/intl-de/track/5ChkMS8OtdzJeqyybCc9R5?si=abc")]
    [InlineData("https://open.spotify.com/embed/track/5ChkMS8OtdzJeqyybCc9R5")]
    [InlineData("open.spotify.com/track/5ChkMS8OtdzJeqyybCc9R5")]
    [InlineData("  spotify:track:5ChkMS8OtdzJeqyybCc9R5 ")]
    [InlineData("5ChkMS8OtdzJeqyybCc9R5")]
    public void TryParseTrackId_WhenInputNamesATrack_ReturnsItsId(string input)
    {
        Assert.True(SpotifyLink.TryParseTrackId(input, out var id));
        Assert.Equal(Id, id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Billie Jean")]
    [InlineData("5ChkMS8OtdzJeqyybCc9R")]
    [InlineData("5ChkMS8OtdzJeqyybCc9R5X")]
    [InlineData("5ChkMS8OtdzJeqyybCc9-5")]
    [InlineData("https://open.spotify.com/album/1C2h7mLntPSeVYciMRTF4a")]
    [InlineData("https://open.spotify.com/track/5ChkMS8OtdzJeqyybCc9R5/extra")]
    [InlineData("https://evil.example/track/5ChkMS8OtdzJeqyybCc9R5")]
    [InlineData("ftp://open.spotify.com/track/5ChkMS8OtdzJeqyybCc9R5")]
    [InlineData("spotify:album:5ChkMS8OtdzJeqyybCc9R5")]
    [InlineData("spotify:track:short")]
    public void TryParseTrackId_WhenInputIsNoTrackLink_ReturnsFalse(string? input)
    {
        Assert.False(SpotifyLink.TryParseTrackId(input, out var id));
        Assert.Null(id);
    }

    [Theory]
    [InlineData("https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M")]
    [InlineData("https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M?si=0a1b2c3d4e5f4a6b&pt=x")]
    [InlineData("https://open.spotify.com/intl-ja/playlist/37i9dQZF1DXcBWIGoYBM5M")]
    [InlineData("spotify:playlist:37i9dQZF1DXcBWIGoYBM5M")]
    public void TryParsePlaylistId_WhenInputNamesAPlaylist_ReturnsItsId(string input)
    {
        Assert.True(SpotifyLink.TryParsePlaylistId(input, out var id));
        Assert.Equal("37i9dQZF1DXcBWIGoYBM5M", id);
    }

    [Theory]
    [InlineData("https://open.spotify.com/track/37i9dQZF1DXcBWIGoYBM5M")]
    [InlineData("https://open.spotify.com/album/37i9dQZF1DXcBWIGoYBM5M")]
    [InlineData("spotify:track:37i9dQZF1DXcBWIGoYBM5M")]
    [InlineData("https://example.com/playlist/37i9dQZF1DXcBWIGoYBM5M")]
    [InlineData("my favourite playlist")]
    public void TryParsePlaylistId_WhenInputIsNoPlaylistLink_ReturnsFalse(string input)
    {
        Assert.False(SpotifyLink.TryParsePlaylistId(input, out _));
    }

    [Theory]
    [InlineData("https://open.spotify.com/track/5ChkMS8OtdzJeqyybCc9R5?si=x", true)]
    [InlineData("spotify:track:5ChkMS8OtdzJeqyybCc9R5", true)]
    [InlineData("5ChkMS8OtdzJeqyybCc9R5", false)]
    [InlineData("Billie Jean", false)]
    public void TryParseTrackLink_AcceptsLinksAndUrisButLeavesABareIdToBeText(string input, bool isLink)
    {
        Assert.Equal(isLink, SpotifyLink.TryParseTrackLink(input, out var id));
        Assert.Equal(isLink ? Id : null, id);
    }
}
