namespace MusicRecommender.Infrastructure.Playlists;

/// <summary>A playlist read from a request body: its rows, or the one problem that stops it being read (a 400).</summary>
public sealed record PlaylistFile(IReadOnlyList<PlaylistRow> Rows, string? Problem, string? PlaylistId = null)
{
    public static PlaylistFile Refused(string problem) => new([], problem);

    /// <summary>A Spotify playlist link rather than a file: its tracks must be read from Spotify.</summary>
    public static PlaylistFile Link(string playlistId) => new([], null, playlistId);
}
