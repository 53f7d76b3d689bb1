namespace MusicRecommender.Pipeline.Training;

/// <summary>The chosen k, why, both curves, and the k-means fit at that k.</summary>
public sealed record KChoice(int K, int? Knee, string Rule, IReadOnlyList<KCurvePoint> Curve, KMeansResult Fit);

/// <summary>
/// Chooses k (docs/decisions/0003-choosing-k.md). For k = 2..KMax: k-means (n-init restarts) and
/// the mean silhouette. Then:
/// <list type="number">
/// <item>k = the knee of the inertia curve by Kneedle (S = 1): where one more cluster stops buying
/// a proportionate drop in inertia.</item>
/// <item>Checked by silhouette: a neighbour (knee ± 1) whose silhouette beats the knee's by more
/// than <see cref="NeighbourMargin"/> wins instead. On a discrete curve the knee is only certain to
/// a step, and the better-separated cut of the two is the better one.</item>
/// <item>No knee (a curve that never bends): the k with the highest silhouette.</item>
/// </list>
/// The silhouette alone is not the rule: on Spotify features it is highest at k = 2 (acoustic vs
/// energetic), too coarse to recommend from.
/// </summary>
public sealed class KSelector(TrainingSettings settings)
{
    public const double NeighbourMargin = 0.02;

    public KChoice Choose(RowMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var kMax = Math.Min(settings.KMax, x.Rows - 1);
        if (kMax < 2) throw new ArgumentException($"Choosing k needs at least 3 rows; got {x.Rows}.", nameof(x));
        var fits = new Dictionary<int, KMeansResult>();
        var curve = new List<KCurvePoint>();
        for (var k = 2; k <= kMax; k++)
        {
            var fit = new KMeans(k, settings.NInit, settings.MaxIterations, settings.Seed, settings.Tolerance).Fit(x);
            fits[k] = fit;
            var silhouette = SilhouetteScore.Mean(x, fit.Labels, settings.SilhouetteExactLimit, settings.Seed, out _);
            curve.Add(new KCurvePoint(k, fit.Inertia, silhouette));
        }
        var (chosen, knee, rule) = Pick(curve);
        return new KChoice(chosen, knee, rule, curve, fits[chosen]);
    }

    /// <summary>The rule alone, on a finished curve (ks ascending).</summary>
    public static (int K, int? Knee, string Rule) Pick(IReadOnlyList<KCurvePoint> curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var knee = KneeLocator.Find(curve.Select(p => p.K).ToArray(), curve.Select(p => p.Inertia).ToArray());
        if (knee is null)
        {
            var best = curve.OrderByDescending(p => p.Silhouette).ThenBy(p => p.K).First();
            return (best.K, null, "best silhouette (the inertia curve has no knee)");
        }
        var atKnee = curve.Single(p => p.K == knee);
        var neighbour = curve
            .Where(p => Math.Abs(p.K - knee.Value) == 1 && p.Silhouette > atKnee.Silhouette + NeighbourMargin)
            .OrderByDescending(p => p.Silhouette)
            .ThenBy(p => p.K)
            .FirstOrDefault();
        return neighbour is null
            ? (knee.Value, knee, "knee of the inertia curve (Kneedle)")
            : (neighbour.K, knee, $"knee's neighbour with a clearly higher silhouette (knee k = {knee})");
    }
}
