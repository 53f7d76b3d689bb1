namespace MusicRecommender.Domain.Catalog;

/// <summary>The catalogs a track belongs to; a track may be in several.</summary>
[Flags]
public enum Catalogs
{
    None = 0,
    Anime = 1,
    Kpop = 2,
    Reference = 4,
}
