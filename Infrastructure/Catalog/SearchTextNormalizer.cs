using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Catalog;

/// <summary>
/// Folds text for search with <see cref="TextFold"/>, the fold song grouping uses too. Stored and
/// query text go through the same fold, so a plain LIKE is case- and accent-insensitive on SQLite and
/// PostgreSQL alike.
/// </summary>
public static class SearchTextNormalizer
{
    public static string Normalize(string? text) => TextFold.Fold(text);

    /// <summary>The search text of a track: "title artists album".</summary>
    public static string ForTrack(string title, string? artists, string? album) =>
        Normalize($"{title} {artists} {album}");

    /// <summary>The words of a query, folded, without duplicates, at most <paramref name="max"/>.</summary>
    public static string[] Terms(string? query, int max = 8) =>
        Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(max).ToArray();
}
