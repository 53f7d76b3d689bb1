using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Serving;

/// <summary>
/// What a recommendation shows about a catalog track, and what the list rules read: its song, its artists'
/// keys, and why it is not recommended (null: it may be).
/// </summary>
public sealed record ServedTrack(int Id, string SpotifyId, string Title, string Artists, string? Album, string? Genres, AudioFeatures Features)
{
    public string SpotifyUrl => $"https://open.spotify.com/track/{SpotifyId}";

    /// <summary>The song this track is a version of (its own id until grouped).</summary>
    public int SongId { get; init; } = Id;

    /// <summary>The keys of the credited artists; a slug without a known name counts as an artist of its own.</summary>
    public IReadOnlyList<string> ArtistKeys { get; init; } = [];

    public string? ReleaseDate { get; init; }

    public VersionTags Tags { get; init; }

    /// <summary>Why the track is kept out of lists (music-only rules or an admin), or null.</summary>
    public string? Exclusion { get; init; }

    /// <summary>The artists as shown: never empty, never a slug.</summary>
    public string DisplayArtists => Artists.Length > 0 ? Artists : ArtistSlug.UnknownArtist;

    /// <summary>The release year, when the source gave a date.</summary>
    public int? Year => ReleaseDate is { Length: >= 4 } date && int.TryParse(date.AsSpan(0, 4), out var year) ? year : null;
}
