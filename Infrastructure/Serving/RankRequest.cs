using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Infrastructure.Serving;

/// <summary>
/// One list to draw: <paramref name="Top"/> songs, the model's clusters (<paramref name="NProbe"/> nearest, or
/// all when <paramref name="Exact"/>) or the random control (<paramref name="Variant"/>), never the query's own
/// song, at most <paramref name="MaxPerArtist"/> picks per artist.
/// </summary>
public sealed record RankRequest(int Top, int NProbe = 1, bool Exact = false, int? QueryTrackId = null, int MaxPerArtist = 2, ServedVariant? Variant = null)
{
    /// <summary>Tracks never to pick: an artist's or a playlist's own songs, when the list is for them.</summary>
    public IReadOnlySet<int> Excluded { get; init; } = new HashSet<int>();
}
