namespace MusicRecommender.Domain.Experiments;

public sealed record VariantResult(
    string Name,
    double Weight,
    bool IsControl,
    long Exposures,
    long Raters,
    long Impressions,
    long Ratings,
    IReadOnlyList<long> StarCounts,
    double? MeanStars,
    Interval? MeanStarsCi95,
    long Positive,
    double? PositiveRate,
    Interval? PositiveRateCi95);
