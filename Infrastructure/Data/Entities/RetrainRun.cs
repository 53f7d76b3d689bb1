namespace MusicRecommender.Infrastructure.Data.Entities;

public enum RetrainTrigger
{
    Schedule = 0,
    Admin = 1,

    /// <summary>The start-up check found the last successful retrain older than the schedule's period.</summary>
    Startup = 2,

    /// <summary>The command line's <c>train</c>.</summary>
    Cli = 3,

    /// <summary>The site's first start trained a catalog that had tracks but no active model.</summary>
    FirstStart = 4,
}

public enum RetrainStatus
{
    /// <summary>Requested or in progress; at most one run is, enforced by a unique partial index.</summary>
    Running = 0,
    Succeeded = 1,

    /// <summary>A candidate missed the quality gate; the active model kept serving.</summary>
    Rejected = 2,
    Failed = 3,

    /// <summary>The process running it stopped (killed, crashed) before it finished: its heartbeat went stale.</summary>
    Abandoned = 4,
}

/// <summary>One retrain of every target catalog: who asked, how it went step by step, and what it produced.</summary>
public sealed class RetrainRun
{
    public int Id { get; set; }

    public RetrainTrigger Trigger { get; set; }

    /// <summary>The admin's email for "Retrain now"; null for the schedule and the start-up check.</summary>
    public string? RequestedBy { get; set; }

    public RetrainStatus Status { get; set; }

    /// <summary>1 for the first try, 2 for the first retry after a failure, and so on.</summary>
    public int Attempt { get; set; } = 1;

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>Written while the run works; a running row whose heartbeat stopped belongs to a process that died.</summary>
    public DateTime HeartbeatAt { get; set; }

    /// <summary>The process that ran it (several share one PostgreSQL database); null until a worker takes it over.</summary>
    public string? Instance { get; set; }

    /// <summary>The Hangfire background job that runs it (null for the command line and the first start, which run in-process).</summary>
    public string? HangfireJobId { get; set; }

    /// <summary>Why the run failed or was rejected, in one line.</summary>
    public string? Error { get; set; }

    /// <summary>JSON: per catalog the model version produced, its metrics, the gate's verdict and the feedback comparison.</summary>
    public string? MetricsJson { get; set; }

    public List<RetrainRunStep> Steps { get; set; } = [];

    public List<RetrainRunLogLine> Log { get; set; } = [];
}
