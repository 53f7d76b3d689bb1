namespace MusicRecommender.Domain.Experiments;

/// <summary>The variant a list is served with, and the seed its random draws use (stored with the impression).</summary>
public sealed record ServedVariant(string Name, int Seed);
