namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>
/// A counter raised by every change to the catalog's tracks (an import, an enrichment), in the same
/// transaction; sites poll it to drop cached song resolutions, also after a change made by another process.
/// </summary>
public sealed class CatalogStamp
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public long Version { get; set; }

    public DateTime ChangedAt { get; set; }
}
