namespace MusicRecommender.Infrastructure.Import;

/// <summary>Section "Catalog".</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>
    /// Folder with the raw dataset CSVs imported into an empty database at first start. Relative paths
    /// are resolved against the repository root; the default is the shared data folder beside it.
    /// </summary>
    public string SeedPath { get; set; } = "../shared/data";

    /// <summary>Import and train at first start when the catalog is empty.</summary>
    public bool SeedOnStartup { get; set; } = true;
}
