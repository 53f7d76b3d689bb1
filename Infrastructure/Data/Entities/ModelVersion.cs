using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Data.Entities;

public enum ModelStatus
{
    /// <summary>Stored, not yet judged by the gate.</summary>
    Candidate = 0,
    Active = 1,
    Rejected = 2,

    /// <summary>Was active; replaced by a newer version (can be rolled back to).</summary>
    Retired = 3,
}

/// <summary>A trained model: every parameter needed to serve it, and what training measured.</summary>
public sealed class ModelVersion
{
    public int Id { get; set; }

    public TargetCatalog Catalog { get; set; }

    /// <summary>1, 2, 3... per catalog.</summary>
    public int Version { get; set; }

    public ModelStatus Status { get; set; }

    public DateTime TrainedAt { get; set; }

    public DateTime? ActivatedAt { get; set; }

    public int K { get; set; }

    public double Silhouette { get; set; }

    public double Inertia { get; set; }

    public int TrackCount { get; set; }

    public string? RejectionReason { get; set; }

    /// <summary>JSON: features, scaler, projection, centroids, training settings (<see cref="ModelParameters"/>).</summary>
    public required string ParametersJson { get; set; }

    /// <summary>JSON: cluster sizes, curves, timings, anything else training measured.</summary>
    public required string MetricsJson { get; set; }

    public List<ClusterAssignment> Assignments { get; set; } = [];
}
