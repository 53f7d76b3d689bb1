using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Infrastructure.Serving;

/// <summary>
/// An active model version, fully built for serving: its index over the catalog and the tracks it
/// can return, with their songs. Immutable; swapped as a whole so a request never sees a half-loaded model.
/// <see cref="Stamp"/> names the state of the catalog's metadata it was built from, so a change (enriched
/// names, new song groups, an admin's exclusion) makes the refresh build it again.
/// </summary>
public sealed class LoadedModel(
    int modelVersionId, int version, TargetCatalog catalog, DateTime trainedAt, double silhouette, RecommendationIndex index,
    IReadOnlyDictionary<int, ServedTrack> tracks, string stamp = "")
{
    private readonly Dictionary<int, ServedTrack[]> _versions = tracks.Values
        .GroupBy(t => t.SongId)
        .ToDictionary(g => g.Key, g => g.OrderBy(t => VersionPreference.Rank(t.Tags)).ThenBy(t => t.Id).ToArray());

    // The random control's pool for a list with no per-request exclusions: each song once, in its preferred
    // version among those not kept out, sorted by id (what ControlRanking would otherwise group and sort per list).
    private readonly Lazy<int[]> _controlPool = new(() => [.. tracks.Values
        .Where(t => t.Exclusion is null)
        .GroupBy(t => t.SongId)
        .Select(g => g.OrderBy(t => VersionPreference.Rank(t.Tags)).ThenBy(t => t.Id).First().Id)
        .Order()]);

    public int ModelVersionId => modelVersionId;

    public int Version => version;

    public TargetCatalog Catalog => catalog;

    public DateTime TrainedAt => trainedAt;

    public double Silhouette => silhouette;

    public int K => index.Model.K;

    public RecommendationIndex Index => index;

    public IReadOnlyDictionary<int, ServedTrack> Tracks => tracks;

    public string Stamp => stamp;

    /// <summary>Every song once, in its preferred version not kept out, sorted by track id.</summary>
    public IReadOnlyList<int> ControlPool => _controlPool.Value;

    /// <summary>Every served version of a song, the preferred first (original, then re-issues, edits, cuts last).</summary>
    public IReadOnlyList<ServedTrack> VersionsOf(int songId) =>
        _versions.TryGetValue(songId, out var versions) ? versions : [];
}
