namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>
/// One artist, identified by the folded key of its name (<see cref="Domain.Catalog.ArtistCredit.Key"/>), so
/// "BTS" and "bts" are one artist; <see cref="Name"/> is how it is shown (the first credit seen spelling it).
/// </summary>
public sealed class Artist
{
    public const int KeyMaxLength = 200;
    public const int NameMaxLength = 500;

    public required string Key { get; set; }

    public required string Name { get; set; }
}
