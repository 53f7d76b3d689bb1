namespace MusicRecommender.Domain.Experiments;

/// <summary>A treatment against the control: differences are treatment − control.</summary>
public sealed record Comparison(
    string Variant,
    string Control,
    double? MeanDifference,
    WelchTest? Welch,
    double? PositiveRateDifference,
    ProportionTest? TwoProportion,
    double? ProbabilityToBeatControl);
