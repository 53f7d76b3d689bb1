namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>
/// A track in an impression, at the rank it was shown, with its similarity to the query. Stored inside
/// the impression's row (a JSON array), not as a row of its own.
/// </summary>
public sealed class ImpressionItem
{
    /// <summary>The impression it belongs to; filled in by EF from the owning row, not stored in the JSON.</summary>
    public Guid ImpressionId { get; set; }

    public int TrackId { get; set; }

    public int Rank { get; set; }

    public double Similarity { get; set; }
}
