namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>
/// 1–5 stars for one item of an impression. Unique per impression item (an impression has one
/// rater), so rating again updates the row instead of adding one.
/// </summary>
public sealed class Rating
{
    public int Id { get; set; }

    public Guid ImpressionId { get; set; }

    public int TrackId { get; set; }

    public required string RaterId { get; set; }

    public int Stars { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
