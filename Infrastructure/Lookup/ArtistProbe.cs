using MusicRecommender.Infrastructure.Features;

namespace MusicRecommender.Infrastructure.Lookup;

/// <summary>
/// An artist ReccoBeats names exactly as asked, with its track list (no features yet), or why there is
/// none: <see cref="Failure"/> is null when the service answered and simply knows no such artist.
/// </summary>
public sealed record ArtistProbe(ReccoBeatsArtist? Artist, IReadOnlyList<ReccoBeatsTrack> Tracks, string? Failure)
{
    public bool Found => Artist is not null && Tracks.Count > 0;

    /// <summary>The popularity of the artist's best-known track, to weigh it against a song of the same name.</summary>
    public int TopPopularity => Tracks.Count == 0 ? 0 : Tracks.Max(t => t.Popularity ?? 0);
}
