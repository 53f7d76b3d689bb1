using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Recommendations;

/// <summary>What to draw; <paramref name="MaxPerArtist"/> comes from <c>Recommendations:MaxPerArtist</c> unless a caller sets it.</summary>
public sealed record RecommendationOptions(TargetCatalog Catalog, int Top = 10, int NProbe = 1, bool Exact = false, ServedVariant? Variant = null, int? MaxPerArtist = null);
