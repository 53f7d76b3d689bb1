namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>An A/B experiment on the recommender: variants with weights, one of them the control.</summary>
public sealed class Experiment
{
    public int Id { get; set; }

    /// <summary>Lower-case slug used in URLs and in the assignment hash, e.g. "recommender-vs-random".</summary>
    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The variant the others are compared with.</summary>
    public required string ControlVariant { get; set; }

    /// <summary>Only an active experiment assigns raters; at most one is active at a time.</summary>
    public bool IsActive { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? StoppedAt { get; set; }

    public List<ExperimentVariant> Variants { get; set; } = [];
}
