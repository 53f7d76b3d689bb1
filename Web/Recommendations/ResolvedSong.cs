using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// What recommendations are for, with the features that will be matched: a song, or an artist's or a
/// playlist's profile (<see cref="Kind"/>; then <see cref="Title"/> is empty for an artist and
/// <see cref="Features"/> is the mean of their tracks).
/// </summary>
public sealed record ResolvedSong(int? TrackId, string? SpotifyId, string Title, string Artists, AudioFeatures Features, string Source)
{
    public SeedKind Kind { get; init; } = SeedKind.Track;

    /// <summary>Catalog tracks the seed is made of (an artist's, a playlist's): never recommended back.</summary>
    public IReadOnlySet<int> OwnTracks { get; init; } = new HashSet<int>();

    /// <summary>An artist seed's <see cref="ArtistCredit"/> key: the artist's own target-catalog songs are left out too.</summary>
    public string? ArtistKey { get; init; }

    /// <summary>A playlist's tracks' features, to spread its picks over the clusters it covers.</summary>
    public IReadOnlyList<AudioFeatures> Members { get; init; } = [];
}
