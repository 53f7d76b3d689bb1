namespace MusicRecommender.Domain.Recommendation;

/// <summary>How to search: <c>NProbe</c> nearest clusters (1 = the seeds' behaviour) or the whole catalog.</summary>
public sealed record RecommendationQuery(int Top = 10, int NProbe = 1, bool Exact = false, int? ExcludeTrackId = null);
