using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Infrastructure.Serving;

/// <summary>
/// An active model version, fully built for serving: its index over the catalog and the tracks it
/// can return. Immutable; swapped as a whole so a request never sees a half-loaded model.
/// </summary>
public sealed class LoadedModel(int modelVersionId, int version, TargetCatalog catalog, DateTime trainedAt, double silhouette, RecommendationIndex index, IReadOnlyDictionary<int, ServedTrack> tracks)
{
    public int ModelVersionId => modelVersionId;

    public int Version => version;

    public TargetCatalog Catalog => catalog;

    public DateTime TrainedAt => trainedAt;

    public double Silhouette => silhouette;

    public int K => index.Model.K;

    public RecommendationIndex Index => index;

    public IReadOnlyDictionary<int, ServedTrack> Tracks => tracks;
}
