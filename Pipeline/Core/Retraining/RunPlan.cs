using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Retraining;

/// <summary>What a run trains: which target catalogs, with the configured settings (<c>Training:*</c>) or a command line's overrides.</summary>
public sealed record RunPlan(IReadOnlyList<TargetCatalog> Catalogs, TrainingSettings? Settings = null)
{
    /// <summary>Every target catalog with the configured settings: the schedule, "Retrain now", the start-up catch-up.</summary>
    public static RunPlan AllCatalogs { get; } = new(CatalogNames.Targets);
}

/// <summary>
/// How a run ended: its id, whether this request started it (false: it joined the run already going,
/// whose outcome it does not wait for), its status and per catalog what it produced.
/// </summary>
public sealed record RunResult(int RunId, bool Started, RetrainStatus Status, IReadOnlyList<CatalogRunResult> Results);
