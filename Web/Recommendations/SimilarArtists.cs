using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// "Artists like this" (the K-pop seed's "one Korean song/artist" answer): the target catalog's artists
/// ranked by their best pick for the query, drawn by the same recommender as the list (the random
/// control's artists come from its own picks, so both arms still look alike).
/// </summary>
public static class SimilarArtists
{
    public const int Count = 5;

    // Wide enough that a handful of artists shows even when one artist holds many of the nearest tracks.
    private const int Pool = 60;

    public static IReadOnlyList<SimilarArtist> For(ResolvedSong seed, LoadedModel model, RecommendationOptions options, IReadOnlyList<RecommendedItem> items)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(items);
        IEnumerable<(int TrackId, double Similarity)> pool = options.Variant is { Name: RecommenderVariants.Random }
            ? items.Select(i => (i.TrackId, i.Similarity))
            : model.Index.Recommend(seed.Features.ToArray(), new RecommendationQuery(Pool, options.NProbe, options.Exact)).Items.Select(n => (n.TrackId, n.Similarity));
        return pool
            .Select(p => (Pick: p, Track: model.Tracks[p.TrackId]))
            .Where(p => !seed.OwnTracks.Contains(p.Pick.TrackId) && p.Track.Artists.Length > 0)
            .Select(p => (p.Pick, p.Track, Name: ArtistCredit.Primary(p.Track.Artists)))
            .Where(p => p.Name.Length > 0 && (seed.ArtistKey is null || ArtistCredit.Key(p.Name) != seed.ArtistKey))
            .GroupBy(p => ArtistCredit.Key(p.Name), StringComparer.Ordinal)
            .Select(g =>
            {
                var best = g.MaxBy(p => p.Pick.Similarity);
                return new SimilarArtist(best.Name, best.Track.Id, best.Track.Title, best.Pick.Similarity, g.Count());
            })
            .OrderByDescending(a => a.Similarity).ThenBy(a => a.Name, StringComparer.Ordinal)
            .Take(Count)
            .ToArray();
    }
}
