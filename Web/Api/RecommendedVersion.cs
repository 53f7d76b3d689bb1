namespace MusicRecommender.Web.Api;

/// <summary>Another version of a recommended song (a TV-size cut, a remaster, the Japanese title) in the catalog.</summary>
internal sealed record RecommendedVersion(int TrackId, string SpotifyId, string Title, string? Album, int? Year, string SpotifyUrl);
