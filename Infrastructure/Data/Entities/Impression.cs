using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>One recommendation list as a rater saw it (page or API), so ratings can be analysed in context.</summary>
public sealed class Impression
{
    public Guid Id { get; set; }

    /// <summary>The signed-in user's id, or else the anonymous id from the rater cookie.</summary>
    public required string RaterId { get; set; }

    public string? UserId { get; set; }

    public string? AnonymousId { get; set; }

    public int? ExperimentId { get; set; }

    public required string Variant { get; set; }

    /// <summary>Seeds the random control, so its list can be drawn again.</summary>
    public int Seed { get; set; }

    public int ModelVersionId { get; set; }

    /// <summary>The model's version number within its catalog, as shown to people.</summary>
    public int ModelVersion { get; set; }

    public TargetCatalog Catalog { get; set; }

    public int Cluster { get; set; }

    /// <summary>The query song when it is a catalog track; null for a features-only query.</summary>
    public int? QueryTrackId { get; set; }

    /// <summary>The nine features matched, as JSON (by name).</summary>
    public required string QueryFeaturesJson { get; set; }

    /// <summary>"page" or "api".</summary>
    public required string Source { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The list in rank order; one JSON column of this row.</summary>
    public List<ImpressionItem> Items { get; set; } = [];
}
