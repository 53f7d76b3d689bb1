namespace MusicRecommender.Domain.Recommendation;

/// <summary>A catalog track placed in a model's embedded space.</summary>
public readonly record struct IndexedTrack(int TrackId, int Cluster, double[] Embedding);

public sealed record Neighbor(int TrackId, double Similarity, int Cluster);

/// <summary>How to search: <c>NProbe</c> nearest clusters (1 = the seeds' behaviour) or the whole catalog.</summary>
public sealed record RecommendationQuery(int Top = 10, int NProbe = 1, bool Exact = false, int? ExcludeTrackId = null);

/// <summary>
/// The query's cluster (nearest centroid), the clusters searched, and the top tracks best first.
/// <c>Examined</c> counts the tracks whose similarity was computed (the rest were ruled out by bounds).
/// </summary>
public sealed record RecommendationResult(int Cluster, IReadOnlyList<int> SearchedClusters, IReadOnlyList<Neighbor> Items)
{
    public int Examined { get; init; }
}
