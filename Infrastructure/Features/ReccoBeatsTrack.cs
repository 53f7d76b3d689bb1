namespace MusicRecommender.Infrastructure.Features;

/// <summary>A track as ReccoBeats' <c>GET /v1/track</c> describes it, keyed back to its Spotify id.</summary>
public sealed record ReccoBeatsTrack(string SpotifyId, string? Title, IReadOnlyList<string> Artists, int? DurationMs, string? Isrc, int? Popularity);
