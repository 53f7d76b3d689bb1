namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>The cluster a model version put a track in.</summary>
public sealed class ClusterAssignment
{
    public int ModelVersionId { get; set; }

    public int TrackId { get; set; }

    public int Cluster { get; set; }
}
