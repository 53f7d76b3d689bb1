using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Infrastructure.Data.Writes;

/// <summary>Section "Writes": the group commit of shown lists (impressions, searches, exposures).</summary>
public sealed class WriteOptions
{
    public const string Section = "Writes";

    /// <summary>Lists waiting for a commit; when it is full, new lists are refused with 503 and Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int QueueLimit { get; set; } = 4096;

    /// <summary>Most lists committed in one transaction.</summary>
    [Range(1, 10_000)]
    public int MaxBatch { get; set; } = 512;

    /// <summary>How long a request waits for its list to be committed before it is served without an impression.</summary>
    [Range(10, 600_000)]
    public int MaxWaitMilliseconds { get; set; } = 5000;

    /// <summary>The Retry-After of a list refused because the queue is full.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 2;

    public TimeSpan MaxWait => TimeSpan.FromMilliseconds(MaxWaitMilliseconds);
}
