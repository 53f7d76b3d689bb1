namespace MusicRecommender.Web.Recommendations;

/// <summary>Another version of a recommended song (a remaster, a live take, the Japanese version...).</summary>
public sealed record SongVersion(int TrackId, string SpotifyId, string Title, string? Album, int? Year, string SpotifyUrl);
