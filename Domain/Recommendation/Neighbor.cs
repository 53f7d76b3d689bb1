namespace MusicRecommender.Domain.Recommendation;

public sealed record Neighbor(int TrackId, double Similarity, int Cluster);
