namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>A track in an impression, at the rank it was shown, with its similarity to the query.</summary>
public sealed class ImpressionItem
{
    public Guid ImpressionId { get; set; }

    public int TrackId { get; set; }

    public int Rank { get; set; }

    public double Similarity { get; set; }
}
