using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Pipeline.Training;

/// <summary>The outcome of a fit: the query-time model plus what the fit measured.</summary>
public sealed record TrainedModel
{
    public required ClusterModel Model { get; init; }

    /// <summary>Cluster of each input row, in input order.</summary>
    public required int[] Labels { get; init; }

    public required double Inertia { get; init; }

    public required double Silhouette { get; init; }

    /// <summary>Rows the silhouette was computed on (all rows, or the sample size).</summary>
    public required int SilhouetteSampleSize { get; init; }

    public required int Iterations { get; init; }

    public required int[] ClusterSizes { get; init; }

    /// <summary>Inertia and silhouette per candidate k, when k was chosen automatically.</summary>
    public IReadOnlyList<KCurvePoint> Curve { get; init; } = [];
}

public sealed record KCurvePoint(int K, double Inertia, double Silhouette);
