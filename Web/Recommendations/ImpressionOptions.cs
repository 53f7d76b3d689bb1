using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Web.Recommendations;

/// <summary>Section "Impressions": how many lists are written, remembered and kept.</summary>
public sealed class ImpressionOptions
{
    public const string Section = "Impressions";

    /// <summary>The same list asked again by the same rater within this time reuses its impression (no new rows); 0: never.</summary>
    [Range(0, 86_400)]
    public int RepeatWindowSeconds { get; set; } = 600;

    /// <summary>Recent lists kept in memory, so ratings and repeats need no lookup.</summary>
    [Range(0, 10_000_000)]
    public int RememberedLists { get; set; } = 50_000;

    /// <summary>Unrated impressions older than this many days are deleted (rated ones, and those of the running experiment, are kept); 0: keep all.</summary>
    [Range(0, 36_500)]
    public int UnratedRetentionDays { get; set; } = 180;

    /// <summary>Search events older than this many days are deleted; 0: keep all.</summary>
    [Range(0, 36_500)]
    public int SearchRetentionDays { get; set; } = 180;

    /// <summary>How often the retention runs.</summary>
    [Range(1, 24 * 365)]
    public int RetentionIntervalHours { get; set; } = 6;

    public TimeSpan RepeatWindow => TimeSpan.FromSeconds(RepeatWindowSeconds);
}
