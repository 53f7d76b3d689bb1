using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Recommendations;

public sealed record RecommendationList(ResolvedSong Query, TargetCatalog Catalog, int ModelVersion, int ModelVersionId, int Cluster, IReadOnlyList<RecommendedItem> Items);
