using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// Says in plain words why a track was picked: the features on which it is closest to the query
/// (in the model's scaled units, so a 0.1 in energy and 10 BPM in tempo compare fairly), and the
/// one where it differs most when that difference is large.
/// </summary>
public static class RecommendationReasons
{
    private static readonly int[] Sparse = [3, 5, 6];

    private static readonly string[] Words = ["danceability", "energy", "loudness", "speechiness", "acousticness", "instrumentalness", "liveness", "mood (valence)", "tempo"];

    public static string Explain(FeatureScaler scaler, AudioFeatures query, AudioFeatures track)
    {
        ArgumentNullException.ThrowIfNull(scaler);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(track);
        var q = scaler.Transform(query.ToArray());
        var t = scaler.Transform(track.ToArray());
        var gaps = Enumerable.Range(0, AudioFeatures.Count).Select(i => (Index: i, Gap: Math.Abs(q[i] - t[i]))).OrderBy(g => g.Gap).ToArray();
        // Most songs have near-zero speechiness, instrumentalness and liveness: sharing a zero says
        // little, so those count as a reason only when the query song actually has some.
        var close = gaps.Where(g => !Sparse.Contains(g.Index) || query[g.Index] >= 0.3).Take(3).Select(g => Words[g.Index]).ToArray();
        var text = $"Close in {close[0]}, {close[1]} and {close[2]}";
        var widest = gaps[^1];
        if (widest.Gap > 1.0)
        {
            var direction = t[widest.Index] > q[widest.Index] ? "more" : "less";
            text += widest.Index switch
            {
                8 => $"; {(direction == "more" ? "faster" : "slower")} tempo",
                2 => $"; {(direction == "more" ? "louder" : "quieter")}",
                _ => $"; {direction} {Words[widest.Index]}",
            };
        }
        return text + ".";
    }
}
