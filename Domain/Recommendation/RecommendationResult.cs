namespace MusicRecommender.Domain.Recommendation;

/// <summary>
/// The query's cluster (nearest centroid), the clusters searched, and the top tracks best first.
/// <c>Examined</c> counts the tracks whose similarity was computed (the rest were ruled out by bounds).
/// </summary>
public sealed record RecommendationResult(int Cluster, IReadOnlyList<int> SearchedClusters, IReadOnlyList<Neighbor> Items)
{
    public int Examined { get; init; }
}
