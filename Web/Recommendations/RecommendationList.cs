using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Recommendations;

public sealed record RecommendationList(ResolvedSong Query, TargetCatalog Catalog, int ModelVersion, int ModelVersionId, int Cluster, IReadOnlyList<RecommendedItem> Items)
{
    /// <summary>"Artists like this": target-catalog artists ranked by their best pick for the same query.</summary>
    public IReadOnlyList<SimilarArtist> SimilarArtists { get; init; } = [];
}
