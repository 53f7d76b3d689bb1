namespace MusicRecommender.Infrastructure.Import;

public sealed class CatalogImporter;
