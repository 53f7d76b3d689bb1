using MusicRecommender.Infrastructure.Spotify;

namespace MusicRecommender.Infrastructure.Features;

/// <summary>A track as ReccoBeats lists it (an artist's tracks, tracks by id), keyed by its Spotify id.</summary>
public sealed record ReccoBeatsTrack(string Id, string SpotifyId, string Title, IReadOnlyList<string> Artists, int? DurationMs, int? Popularity, string? Isrc)
{
    public string ArtistNames => string.Join(", ", Artists);

    /// <summary>The same song in the shape the catalog stores found tracks in (ReccoBeats has no album or date).</summary>
    public SpotifyTrack ToSpotifyTrack() => new(SpotifyId, Title, Artists, null, null, Popularity, null, DurationMs, null);
}
