namespace MusicRecommender.Infrastructure.Spotify;

/// <summary>The parts of Spotify's track object the product uses.</summary>
public sealed record SpotifyTrack(
    string Id,
    string Title,
    IReadOnlyList<string> Artists,
    string? Album,
    string? ReleaseDate,
    int? Popularity,
    string? ImageUrl,
    int? DurationMs,
    bool? Explicit)
{
    /// <summary>The recording's ISRC (<c>external_ids.isrc</c>), when Spotify gives one.</summary>
    public string? Isrc { get; init; }

    /// <summary>Artists as the catalog stores them: joined with ", ".</summary>
    public string ArtistNames => string.Join(", ", Artists);
}
