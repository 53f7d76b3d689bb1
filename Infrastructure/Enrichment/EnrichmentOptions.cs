using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Infrastructure.Enrichment;

/// <summary>Section "Enrichment": filling missing metadata from ReccoBeats (and Spotify when it has credentials).</summary>
public sealed class EnrichmentOptions
{
    public const string Section = "Enrichment";

    /// <summary>The background job runs on this cron schedule (default: Mondays at 04:00) and after the seed import.</summary>
    [Required]
    public string Cron { get; set; } = "0 4 * * 1";

    /// <summary>Whether the site enqueues the job once its first-start seed import is done.</summary>
    public bool AfterSeedImport { get; set; } = true;

    /// <summary>A 429 asking to wait longer than this ends the run (it resumes next time) rather than hold it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many 429s in a row the run waits out before it stops.</summary>
    [Range(0, 100)]
    public int MaxRateLimitWaits { get; set; } = 10;

    /// <summary>A track the providers answered for is asked again only after this many days (for what is still missing).</summary>
    [Range(1, 3650)]
    public int AskAgainAfterDays { get; set; } = 30;
}
