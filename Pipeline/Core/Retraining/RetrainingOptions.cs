using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Pipeline.Retraining;

/// <summary>Section "Retraining": when the site retrains every target catalog, and what it does when a run fails or its process dies.</summary>
public sealed class RetrainingOptions : IValidatableObject
{
    public const string Section = "Retraining";

    /// <summary>
    /// A five-field cron expression (minute hour day-of-month month day-of-week), as Hangfire takes it, in the
    /// server's time zone. Default: every night at 03:00.
    /// </summary>
    [Required]
    public string Cron { get; set; } = "0 3 * * *";

    /// <summary>Retries of a failed run (not of one the gate rejected); 0 turns retrying off.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The wait before the first retry (whole seconds); each further retry waits twice as long as the one before.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>At start-up, retrain at once when the last successful retrain is older than the schedule's period.</summary>
    public bool CatchUpOnStart { get; set; } = true;

    /// <summary>The feedback check's N: rated picks count when the candidate would still place them in its top N.</summary>
    [Range(1, 100)]
    public int FeedbackTop { get; set; } = 10;

    /// <summary>How often a running run writes its heartbeat, and how often the site looks for runs whose heartbeat stopped.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A running run whose heartbeat is older than this belongs to a process that died: it is marked abandoned
    /// and a new run may start. With the defaults a dead run is marked within 1 min 45 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan HeartbeatTimeout { get; set; } = TimeSpan.FromSeconds(90);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Three beats may be missed (a busy database, a long garbage collection) before a live run looks dead.
        if (HeartbeatTimeout < HeartbeatInterval * 3)
            yield return new ValidationResult("Retraining:HeartbeatTimeout must be at least three times Retraining:HeartbeatInterval.", [nameof(HeartbeatTimeout)]);
    }
}
