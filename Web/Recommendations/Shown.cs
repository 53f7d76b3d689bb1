namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// What a recommendation request shows. Without an impression beside a list, ratings are paused
/// (<see cref="Notice"/> says why); with <see cref="RetryAfter"/>, the site is too busy to take new lists: 503.
/// </summary>
public sealed record Shown(RecommendationOutcome Outcome, ShownImpression? Impression)
{
    public string? Notice { get; init; }

    public TimeSpan? RetryAfter { get; init; }
}
