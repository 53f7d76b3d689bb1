using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Pipeline.Training;

/// <summary>Scale → k-means → evaluate, on rows already cleaned. No I/O.</summary>
public sealed class TrainingPipeline(TrainingSettings settings)
{
    public TrainedModel Fit(double[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var scaler = StandardScalerFit.Fit(rows);
        var x = rows.Select(r => scaler.Transform(r)).ToArray();
        var k = settings.K ?? 4; // interim until automatic k selection lands
        var result = new KMeans(k, settings.NInit, settings.MaxIterations, settings.Seed).Fit(x);
        var silhouette = SilhouetteScore.Mean(x, result.Labels, settings.SilhouetteExactLimit, settings.Seed, out var used);
        var sizes = new int[k];
        foreach (var label in result.Labels) sizes[label]++;
        return new TrainedModel
        {
            Model = new ClusterModel(scaler, null, result.Centers),
            Labels = result.Labels,
            Inertia = result.Inertia,
            Silhouette = silhouette,
            SilhouetteSampleSize = used,
            Iterations = result.Iterations,
            ClusterSizes = sizes,
        };
    }
}
