using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>A track in a digest, with the reason shown beside it; a listener is never sent the same track twice.</summary>
public sealed class DigestPick
{
    public int DeliveryId { get; set; }

    public int TrackId { get; set; }

    public int Rank { get; set; }

    public TargetCatalog Catalog { get; set; }

    public required string Reason { get; set; }
}
