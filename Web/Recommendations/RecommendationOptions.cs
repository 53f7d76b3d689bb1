using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Recommendations;

public sealed record RecommendationOptions(TargetCatalog Catalog, int Top = 10, int NProbe = 1, bool Exact = false, ServedVariant? Variant = null);
