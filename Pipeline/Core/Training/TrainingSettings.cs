using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Pipeline.Training;

/// <summary>Everything that decides a fit. Stored with each model version so a fit can be repeated.</summary>
public sealed record TrainingSettings
{
    /// <summary>Null scaler kind means "auto" (chosen per feature, see <see cref="AutoScalerRule"/>).</summary>
    public ScalerKind? Scaler { get; init; } = ScalerKind.Standard;

    /// <summary>Explained-variance target for PCA (e.g. 0.95), or null for no PCA.</summary>
    public double? PcaVariance { get; init; }

    /// <summary>Number of clusters, or null to choose k from the inertia curve (<see cref="KSelector"/>).</summary>
    public int? K { get; init; } = 8;

    /// <summary>Largest k tried when choosing k (from 2).</summary>
    public int KMax { get; init; } = 12;

    /// <summary>k-means++ starts; the one with the lowest inertia wins.</summary>
    public int NInit { get; init; } = 10;

    public int MaxIterations { get; init; } = 300;

    /// <summary>scikit-learn's <c>tol</c>: stop when the squared center shift ≤ tol × mean feature variance. 0 = until no label changes.</summary>
    public double Tolerance { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>Rows above which the silhouette is computed on a seeded sample of this size.</summary>
    public int SilhouetteExactLimit { get; init; } = 20_000;

    /// <summary>
    /// Start one Lloyd run from these rows (indices into the fitted rows, taken after scaling and
    /// projection) instead of k-means++; k is their count. For reproducing a reference fit.
    /// </summary>
    public IReadOnlyList<int>? InitRows { get; init; }
}
