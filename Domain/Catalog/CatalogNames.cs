namespace MusicRecommender.Domain.Catalog;

public static class CatalogNames
{
    public static IReadOnlyList<TargetCatalog> Targets { get; } = [TargetCatalog.Anime, TargetCatalog.Kpop];

    public static string Name(this TargetCatalog catalog) => catalog switch
    {
        TargetCatalog.Anime => "anime",
        TargetCatalog.Kpop => "kpop",
        _ => throw new ArgumentOutOfRangeException(nameof(catalog), catalog, null),
    };

    public static string DisplayName(this TargetCatalog catalog) => catalog switch
    {
        TargetCatalog.Anime => "Anime",
        TargetCatalog.Kpop => "K-pop",
        _ => throw new ArgumentOutOfRangeException(nameof(catalog), catalog, null),
    };

    public static Catalogs AsCatalogs(this TargetCatalog catalog) => (Catalogs)(int)catalog;

    /// <summary>Accepts "anime", "kpop" and "k-pop", case-insensitively.</summary>
    public static bool TryParseTarget(string? text, out TargetCatalog catalog)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "ANIME":
                catalog = TargetCatalog.Anime;
                return true;
            case "KPOP" or "K-POP":
                catalog = TargetCatalog.Kpop;
                return true;
            default:
                catalog = default;
                return false;
        }
    }

    public static IEnumerable<string> Names(this Catalogs catalogs)
    {
        if (catalogs.HasFlag(Catalogs.Anime)) yield return "anime";
        if (catalogs.HasFlag(Catalogs.Kpop)) yield return "kpop";
        if (catalogs.HasFlag(Catalogs.Reference)) yield return "reference";
    }
}
