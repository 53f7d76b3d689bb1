namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>
/// An admin's decision to recommend a track (<see cref="Listed"/>) or not, whatever the music-only rules say.
/// Kept apart from the track and the models, so it survives re-imports and retraining.
/// </summary>
public sealed class TrackListing
{
    public int TrackId { get; set; }

    public bool Listed { get; set; }

    public string? Note { get; set; }

    public required string ChangedBy { get; set; }

    public DateTime ChangedAt { get; set; }
}
