using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Pipeline.Training;

/// <summary>The outcome of a fit: the query-time model plus what the fit measured.</summary>
public sealed record TrainedModel
{
    public required ClusterModel Model { get; init; }

    /// <summary>Cluster of each input row, in input order.</summary>
    public required int[] Labels { get; init; }

    /// <summary>Sum of squared distances to the assigned centers, in the embedded space.</summary>
    public required double Inertia { get; init; }

    public required double Silhouette { get; init; }

    /// <summary>Rows the silhouette was computed on (all rows, or the sample size).</summary>
    public required int SilhouetteSampleSize { get; init; }

    /// <summary>Lloyd passes of the winning start (scikit-learn's <c>n_iter_</c>).</summary>
    public required int Iterations { get; init; }

    public required int[] ClusterSizes { get; init; }

    /// <summary>Inertia and silhouette per candidate k, when k was chosen automatically.</summary>
    public IReadOnlyList<KCurvePoint> Curve { get; init; } = [];

    /// <summary>Explained variance ratio of each kept PCA component; empty without PCA.</summary>
    public IReadOnlyList<double> ExplainedVarianceRatio { get; init; } = [];

    /// <summary>The knee Kneedle found on <see cref="Curve"/>, when k was chosen and there was one.</summary>
    public int? Knee { get; init; }

    /// <summary>How k was decided, in words (for the admin page and the model record).</summary>
    public string KRule { get; init; } = "";

    public TrainingSettings? Settings { get; init; }

    public int K => Model.K;
}

public sealed record KCurvePoint(int K, double Inertia, double Silhouette);
