using System.Text;
using MusicRecommender.Infrastructure.Playlists;

namespace MusicRecommender.Infrastructure.Tests.Playlists;

public sealed class PlaylistReaderTests
{
    private const string Id1 = "7qiZfU4dY1lWllzX7mPBI3";
    private const string Id2 = "0VjIjW4GlUZAMYd2vXMi3b";

    // Exportify's "Track URI" layout with its audio-feature columns (pavelkomarov/exportify, 2024).
    private const string TrackUriLayout = """
        "Track URI","Track Name","Album Name","Artist Name(s)","Release Date","Duration (ms)","Popularity","Explicit","Added By","Added At","Genres","Record Label","Danceability","Energy","Key","Loudness","Mode","Speechiness","Acousticness","Instrumentalness","Liveness","Valence","Tempo","Time Signature"
        "spotify:track:7qiZfU4dY1lWllzX7mPBI3","Shape of You","÷ (Deluxe)","Ed Sheeran","2017-03-03","233712","86","false","spotify:user:x","2024-01-01T00:00:00Z","pop","Asylum","0.825","0.652","1","-3.183","0","0.0802","0.581","0","0.0931","0.931","95.977","4"
        "spotify:track:0VjIjW4GlUZAMYd2vXMi3b","Blinding Lights, Again","After Hours","The Weeknd,Someone Else","2020-03-20","200040","90","false","spotify:user:x","2024-01-01T00:00:00Z","","Republic","","","","","","","","","","","",""
        "spotify:local:Me:Demo:my-demo.mp3:200","my-demo.mp3","","Me","","200000","0","false","spotify:user:x","2024-01-01T00:00:00Z","","","","","","","","","","","","","",""
        """;

    // The older "Spotify ID" layout, without feature columns.
    private const string SpotifyIdLayout = """
        Spotify ID,Artist IDs,Track Name,Album Name,Artist Name(s),Release Date,Duration (ms),Popularity,Added By,Added At,Genres
        7qiZfU4dY1lWllzX7mPBI3,"6eUKZXaKkcviH0Ku9w2n3V","Shape of You","÷ (Deluxe)","Ed Sheeran",2017-03-03,233712,86,spotify:user:x,2024-01-01T00:00:00Z,"pop"
        """;

    [Fact]
    public void Read_WhenTrackUriLayoutWithFeatures_ReadsEachRowWithItsFeaturesWhereValid()
    {
        var file = Read("\uFEFF" + TrackUriLayout);

        Assert.Null(file.Problem);
        Assert.Equal(3, file.Rows.Count);
        var shape = file.Rows[0];
        Assert.Equal((1, Id1, "Shape of You", "Ed Sheeran"), (shape.Row, shape.SpotifyId, shape.Title, shape.Artists));
        Assert.Equal(95.977, shape.Features!.Tempo);
        var blinding = file.Rows[1];
        Assert.Equal((Id2, "Blinding Lights, Again", "The Weeknd, Someone Else"), (blinding.SpotifyId, blinding.Title, blinding.Artists));
        Assert.Null(blinding.Features);
        Assert.Equal((3, (string?)null, "a local file, not on Spotify"), (file.Rows[2].Row, file.Rows[2].SpotifyId, file.Rows[2].Problem));
    }

    [Fact]
    public void Read_WhenSpotifyIdLayoutWithoutFeatures_ReadsTheIds()
    {
        var file = Read(SpotifyIdLayout.Replace("\n", "\r\n", StringComparison.Ordinal));

        var row = Assert.Single(file.Rows);
        Assert.Equal((Id1, "Shape of You", "Ed Sheeran", (object?)null), (row.SpotifyId, row.Title, row.Artists, (object?)row.Features));
    }

    [Theory]
    [InlineData("""{"spotifyIds": ["7qiZfU4dY1lWllzX7mPBI3", "https://open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b?si=x", "nope"]}""", "application/json")]
    [InlineData("""["7qiZfU4dY1lWllzX7mPBI3", "spotify:track:0VjIjW4GlUZAMYd2vXMi3b", "nope"]""", null)]
    [InlineData("https://open.spotify.com/track/7qiZfU4dY1lWllzX7mPBI3\nspotify:track:0VjIjW4GlUZAMYd2vXMi3b\n", "text/plain")]
    public void Read_WhenIdsOrLinks_ReadsOneRowEach(string body, string? contentType)
    {
        var file = PlaylistReader.Read(Encoding.UTF8.GetBytes(body), contentType, 100);

        Assert.Null(file.Problem);
        Assert.Equal([Id1, Id2], file.Rows.Take(2).Select(r => r.SpotifyId));
        if (file.Rows.Count == 3) Assert.Equal("not a Spotify track id", file.Rows[2].Problem);
    }

    [Fact]
    public void Read_WhenOneSpotifyPlaylistLink_AsksForThePlaylist()
    {
        var file = Read("https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M?si=abc");

        Assert.Equal("37i9dQZF1DXcBWIGoYBM5M", file.PlaylistId);
        Assert.Null(file.Problem);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("  \r\n ", "empty")]
    [InlineData("\"spotify:track:7qiZfU4dY1lWllzX7mPBI3\",\"Shape of You\",\"Ed Sheeran\"", "no header row")]
    [InlineData("title,artist\nShape of You,Ed Sheeran", "no \"Track URI\" or \"Spotify ID\" column")]
    [InlineData("\"Track URI\",\"Track Name\"\n", "no songs")]
    [InlineData("\"Track URI\",\"Track Name\"\n\"spotify:track:7qiZfU4dY1lWllzX7mPBI3\",\"Shape of", "cut short")]
    [InlineData("{\"tracks\": []}", "no \"spotifyIds\"")]
    [InlineData("{\"spotifyIds\": [}", "not valid JSON")]
    public void Read_WhenTheBodyIsNotAPlaylist_NamesTheProblem(string body, string problem)
    {
        var file = Read(body);

        Assert.Contains(problem, file.Problem, StringComparison.Ordinal);
        Assert.Empty(file.Rows);
    }

    [Fact]
    public void Read_WhenTheBodyIsRandomBytes_SaysItIsNotText()
    {
        var bytes = new byte[200 * 1024];
        new Random(11).NextBytes(bytes);

        var file = PlaylistReader.Read(bytes, "text/csv", 2000);

        Assert.Contains("not text", file.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenThereAreMoreRowsThanAllowed_RefusesTheWholePlaylist()
    {
        var csv = "Spotify ID,Track Name\n" + string.Concat(Enumerable.Repeat($"{Id1},Shape of You\n", 6));

        var file = PlaylistReader.Read(Encoding.UTF8.GetBytes(csv), null, 5);

        Assert.Contains("more than 5 songs", file.Problem, StringComparison.Ordinal);
    }

    private static PlaylistFile Read(string body) => PlaylistReader.Read(Encoding.UTF8.GetBytes(body), "text/csv", 2000);
}
