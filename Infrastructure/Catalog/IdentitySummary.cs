namespace MusicRecommender.Infrastructure.Catalog;

/// <summary>What one run of <see cref="CatalogIdentity"/> found and changed.</summary>
public sealed record IdentitySummary(int SlugNames, int TracksNamed, int CreditsWritten, int ArtistsAdded, int SongIdsChanged, int Songs)
{
    public bool ChangedAnything => TracksNamed + CreditsWritten + SongIdsChanged > 0;
}
