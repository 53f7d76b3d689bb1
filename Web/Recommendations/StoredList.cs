using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Web.Recommendations;

/// <summary>A list as it was shown and stored (its impression), read back for showing again or exporting.</summary>
public sealed record StoredList(
    ShownImpression Impression, TargetCatalog Catalog, int ModelVersion, int Cluster, AudioFeatures QueryFeatures, IReadOnlyList<RecommendedItem> Items);
