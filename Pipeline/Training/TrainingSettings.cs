using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Pipeline.Training;

/// <summary>Everything that decides a fit. Stored with each model version so a fit can be repeated.</summary>
public sealed record TrainingSettings
{
    /// <summary>Null scaler kind means "auto" (chosen per feature).</summary>
    public ScalerKind? Scaler { get; init; } = ScalerKind.Standard;

    /// <summary>Explained-variance target for PCA (e.g. 0.95), or null for no PCA.</summary>
    public double? PcaVariance { get; init; }

    /// <summary>Number of clusters, or null to choose k from the inertia curve.</summary>
    public int? K { get; init; } = 8;

    public int KMax { get; init; } = 12;

    public int NInit { get; init; } = 10;

    public int MaxIterations { get; init; } = 300;

    public int Seed { get; init; } = 42;

    /// <summary>Rows above which the silhouette is computed on a seeded sample.</summary>
    public int SilhouetteExactLimit { get; init; } = 20_000;
}
