using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Data.Entities;

public enum RetrainStepStatus
{
    Running = 0,
    Done = 1,
    Failed = 2,
}

/// <summary>One step of a run (load, fit, store, feedback, gate, activate) for one catalog.</summary>
public sealed class RetrainRunStep
{
    public int Id { get; set; }

    public int RunId { get; set; }

    /// <summary>Order within the run.</summary>
    public int Position { get; set; }

    public TargetCatalog Catalog { get; set; }

    public required string Name { get; set; }

    public RetrainStepStatus Status { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>What the step found or why it failed.</summary>
    public string? Detail { get; set; }
}
