using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// The random control as a <see cref="RecommendationResult"/>: random tracks of the served catalog,
/// each carrying its cosine similarity to the query, listed best first like every list the API
/// returns (its contract) — so both arms differ only in which tracks they pick, not in how a list is
/// ordered. Ties keep the draw order.
/// </summary>
public static class ControlRanking
{
    public static RecommendationResult Random(LoadedModel model, AudioFeatures query, RecommendationQuery options, int seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var clusterModel = model.Index.Model;
        var embedded = clusterModel.Embed(query.ToArray());
        var cluster = clusterModel.NearestCluster(embedded);
        var picks = RandomControl.Pick(model.Tracks.Keys, Math.Max(1, options.Top), options.ExcludeTrackId, seed);
        var items = picks.Select(id =>
        {
            var track = clusterModel.Embed(model.Tracks[id].Features.ToArray());
            return new Neighbor(id, Cosine(embedded, track), clusterModel.NearestCluster(track));
        }).OrderByDescending(n => n.Similarity).ToArray();
        return new RecommendationResult(cluster, [cluster], items);
    }

    private static double Cosine(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double dot = 0, normA = 0, normB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA > 0 && normB > 0 ? dot / Math.Sqrt(normA * normB) : 0;
    }
}
