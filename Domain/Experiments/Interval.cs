namespace MusicRecommender.Domain.Experiments;

/// <summary>A two-sided confidence interval.</summary>
public readonly record struct Interval(double Low, double High);
