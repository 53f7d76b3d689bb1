namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// What song grouping reads of a stored track. <paramref name="Artists"/> is the stored credit ("A, B");
/// when <paramref name="ArtistIsSlug"/> it is a slug from the K-pop/western list, read through
/// <see cref="SlugNames"/>. <paramref name="Features"/> (all zeros means unknown) identify one recording
/// filed under several ids, as in the popular-anime list that has no artist or album column.
/// </summary>
public sealed record SongTrack(
    int Id,
    string Title,
    string Artists,
    string? Album = null,
    string? Isrc = null,
    int? DurationMs = null,
    AudioFeatures? Features = null,
    bool ArtistIsSlug = false);
