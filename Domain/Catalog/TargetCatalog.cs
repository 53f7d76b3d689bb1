namespace MusicRecommender.Domain.Catalog;

/// <summary>A catalog listeners get recommendations from.</summary>
public enum TargetCatalog
{
    Anime = 1,
    Kpop = 2,
}
