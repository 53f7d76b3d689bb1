namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>The variant a rater got, recorded at their first exposure to the experiment.</summary>
public sealed class ExperimentAssignment
{
    public int ExperimentId { get; set; }

    public required string RaterId { get; set; }

    public required string Variant { get; set; }

    public DateTime AssignedAt { get; set; }
}
