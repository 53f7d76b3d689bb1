namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// One piece of evidence for a slug's display name: a track the slug list files under <paramref name="Slug"/>
/// that another file (or the metadata provider) credits to <paramref name="Artists"/> under the same Spotify id.
/// </summary>
public sealed record SlugSighting(string Slug, string Artists);
