using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>Who made a model version the active one, when, and how (training, an admin's activation or roll-back).</summary>
public sealed class ModelActivationRecord
{
    public const string Training = "training";
    public const string Activate = "activate";
    public const string Rollback = "rollback";

    public int Id { get; set; }

    public TargetCatalog Catalog { get; set; }

    public int ModelVersionId { get; set; }

    /// <summary>The version it replaced, if any.</summary>
    public int? PreviousModelVersionId { get; set; }

    /// <summary><see cref="Training"/>, <see cref="Activate"/> or <see cref="Rollback"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>An admin's email, "run 12", "command line" or "first start".</summary>
    public required string ActivatedBy { get; set; }

    public DateTime ActivatedAt { get; set; }
}
