namespace MusicRecommender.Domain.Recommendation;

/// <summary>A catalog track placed in a model's embedded space.</summary>
public readonly record struct IndexedTrack(int TrackId, int Cluster, double[] Embedding);
