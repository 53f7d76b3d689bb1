using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Web.BackgroundJobs;

/// <summary>Section "Jobs": where Hangfire keeps its queue and schedule, and how this instance works through it.</summary>
public sealed class BackgroundJobsOptions
{
    public const string Section = "Jobs";

    /// <summary>
    /// On SQLite, Hangfire's own database file; empty puts <c>hangfire.db</c> beside the site's database file
    /// (<c>data/hangfire.db</c> beside <c>data/musicrec.db</c>). On PostgreSQL Hangfire uses the site's database
    /// (schema <c>hangfire</c>) and this is not used.
    /// </summary>
    public string? SqlitePath { get; set; }

    /// <summary>How often a worker looks for queued jobs and the scheduler for due ones (retries, the schedule).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Jobs this instance runs at once (a retrain uses one; the database allows one retrain across instances).</summary>
    [Range(1, 20)]
    public int Workers { get; set; } = 2;
}
