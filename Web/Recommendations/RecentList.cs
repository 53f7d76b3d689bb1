using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Web.Recommendations;

/// <summary>A stored impression as the site remembers it: enough to check a rating and to show or reuse the list.</summary>
public sealed record RecentList(
    Guid Id, string RaterId, string? UserId, string? AnonymousId, int? ExperimentId, string? Experiment, string Variant, int Seed,
    int ModelVersionId, TargetCatalog Catalog, IReadOnlyList<int> TrackIds)
{
    /// <summary>The rank the track was shown at, or null when it was not in the list.</summary>
    public int? RankOf(int trackId)
    {
        for (var i = 0; i < TrackIds.Count; i++)
        {
            if (TrackIds[i] == trackId) return i + 1;
        }
        return null;
    }
}
