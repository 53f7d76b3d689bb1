using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// Says in plain words how a pick relates to the query: the three features on which it is most
/// like the query (in the model's scaled units, so a 0.1 in energy and 10 BPM in tempo compare
/// fairly) and the one where it differs most, with the direction. Both are relative to the pick's
/// own features, so the sentence is true of any track — a random control pick reads like any
/// other pick and is never called "close" when it is not.
/// </summary>
public static class RecommendationReasons
{
    private static readonly int[] Sparse = [3, 5, 6];

    private static readonly string[] Words = ["danceability", "energy", "loudness", "speechiness", "acousticness", "instrumentalness", "liveness", "mood", "tempo"];

    private static readonly (string More, string Less)[] Directions =
    [
        ("more danceable", "less danceable"), ("more energetic", "calmer"), ("louder", "quieter"), ("more spoken", "less spoken"),
        ("more acoustic", "less acoustic"), ("more instrumental", "more vocal"), ("sounds more live", "sounds less live"),
        ("happier", "sadder"), ("faster", "slower"),
    ];

    public static string Explain(FeatureScaler scaler, AudioFeatures query, AudioFeatures track, string subject = "your song")
    {
        ArgumentNullException.ThrowIfNull(scaler);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(track);
        var q = scaler.Transform(query.ToArray());
        var t = scaler.Transform(track.ToArray());
        var gaps = Enumerable.Range(0, AudioFeatures.Count).Select(i => (Index: i, Gap: Math.Abs(q[i] - t[i]))).OrderBy(g => g.Gap).ToArray();
        // Most songs have near-zero speechiness, instrumentalness and liveness: sharing a zero says
        // little, so those count only when the query actually has some.
        var alike = gaps.Where(g => !Sparse.Contains(g.Index) || query[g.Index] >= 0.3).Take(3).Select(g => Words[g.Index]).ToArray();
        var widest = gaps[^1].Index;
        var direction = t[widest] >= q[widest] ? Directions[widest].More : Directions[widest].Less;
        return $"Most like {subject} in {alike[0]}, {alike[1]} and {alike[2]}; the biggest difference: {Words[widest]} ({direction}).";
    }
}
