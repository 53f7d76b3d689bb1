namespace MusicRecommender.Pipeline.Training;

public sealed record ClusterEvaluation(double Silhouette, int SilhouetteSampleSize, double Inertia, int[] ClusterSizes);

/// <summary>
/// The evaluate step: mean silhouette (exact up to <paramref name="silhouetteExactLimit"/> rows,
/// above that on a seeded sample of that size), inertia and cluster sizes, all in the space the
/// clusters were fitted in.
/// </summary>
public sealed class ClusterEvaluator(int silhouetteExactLimit, int seed)
{
    public ClusterEvaluation Evaluate(RowMatrix x, int[] labels, double[][] centers)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(centers);
        var sizes = new int[centers.Length];
        var inertia = 0.0;
        for (var i = 0; i < x.Rows; i++)
        {
            sizes[labels[i]]++;
            inertia += RowMatrix.SquaredDistance(x.Row(i), centers[labels[i]]);
        }
        var silhouette = SilhouetteScore.Mean(x, labels, silhouetteExactLimit, seed, out var used);
        return new ClusterEvaluation(silhouette, used, inertia, sizes);
    }
}
