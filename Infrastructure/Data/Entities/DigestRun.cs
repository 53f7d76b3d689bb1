namespace MusicRecommender.Infrastructure.Data.Entities;

public enum DigestTrigger
{
    Schedule = 0,
    Admin = 1,
}

public enum DigestRunStatus
{
    /// <summary>At most one run is, enforced by a unique partial index.</summary>
    Running = 0,
    Finished = 1,
    Failed = 2,
}

/// <summary>One pass of the weekly digest over every opted-in listener, with one delivery per listener.</summary>
public sealed class DigestRun
{
    public int Id { get; set; }

    public DigestTrigger Trigger { get; set; }

    /// <summary>The admin who asked; null for the schedule.</summary>
    public string? RequestedBy { get; set; }

    public DigestRunStatus Status { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>Written as the run works through listeners; a running row whose heartbeat stopped belongs to a process that died.</summary>
    public DateTime HeartbeatAt { get; set; }

    public string? Error { get; set; }

    public List<DigestDelivery> Deliveries { get; set; } = [];
}
