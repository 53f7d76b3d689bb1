using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Infrastructure.Http;

/// <summary>
/// Timeouts, retries and circuit breaking shared by every outside service. The defaults suit a
/// listener waiting on a page: a lookup gives up after <see cref="TotalTimeout"/> rather than hang.
/// </summary>
public abstract class OutsideServiceOptions : IValidatableObject
{
    /// <summary>One HTTP attempt, response body included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>The whole call, retries and their waits included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(20);

    [Range(1, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First backoff delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>A 429 asking to wait longer than this (or than the budget left) is not retried.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Calls seen within <see cref="BreakerSamplingDuration"/> before the breaker may open.</summary>
    [Range(2, 1000)]
    public int BreakerMinimumThroughput { get; set; } = 5;

    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AttemptTimeout > TotalTimeout)
            yield return new("AttemptTimeout must not exceed TotalTimeout.", [nameof(AttemptTimeout), nameof(TotalTimeout)]);
        if (MaxRetryAfter > TotalTimeout)
            yield return new("MaxRetryAfter must not exceed TotalTimeout.", [nameof(MaxRetryAfter), nameof(TotalTimeout)]);
    }
}
