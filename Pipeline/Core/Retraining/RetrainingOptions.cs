using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Pipeline.Retraining;

/// <summary>Section "Retraining": when the site retrains every target catalog, and what it does when a run fails.</summary>
public sealed class RetrainingOptions
{
    public const string Section = "Retraining";

    /// <summary>A Quartz cron expression (seconds first), in the server's time zone. Default: every night at 03:00.</summary>
    [Required]
    public string Cron { get; set; } = "0 0 3 * * ?";

    /// <summary>Retries of a failed run (not of one the gate rejected); 0 turns retrying off.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The wait before the first retry; each further retry waits twice as long as the one before.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>At start-up, retrain at once when the last successful retrain is older than the schedule's period.</summary>
    public bool CatchUpOnStart { get; set; } = true;

    /// <summary>The feedback check's N: rated picks count when the candidate would still place them in its top N.</summary>
    [Range(1, 100)]
    public int FeedbackTop { get; set; } = 10;
}
