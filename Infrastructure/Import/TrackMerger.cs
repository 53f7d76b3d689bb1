namespace MusicRecommender.Infrastructure.Import;

/// <summary>
/// Merging rules for a track seen more than once: catalogs and genres accumulate; every other field
/// keeps the first value seen and is only filled when empty. Features are never overwritten. The
/// rules are idempotent, so importing the same file twice changes nothing the second time.
/// </summary>
internal static class TrackMerger
{
    /// <summary>One row per Spotify id, in first-seen order, each with what its repeats add.</summary>
    public static List<ImportRow> Combine(IEnumerable<ImportRow> rows)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var combined = new List<ImportRow>();
        foreach (var row in rows)
        {
            if (byId.TryGetValue(row.SpotifyId, out var index))
            {
                combined[index] = Fill(combined[index], row);
                continue;
            }
            byId.Add(row.SpotifyId, combined.Count);
            combined.Add(row);
        }
        return combined;
    }

    /// <summary>
    /// The one merging rule, used both within a file and against the stored track: <paramref name="current"/>
    /// with what <paramref name="incoming"/> adds. A credit a file gives replaces one only learned from a slug.
    /// </summary>
    public static ImportRow Fill(ImportRow current, ImportRow incoming)
    {
        var keepArtists = current.Artists.Length > 0 && (!current.ArtistsFromSlug || incoming.Artists.Length == 0);
        return current with
        {
            Catalogs = current.Catalogs | incoming.Catalogs,
            Genre = UnionGenres(current.Genre, incoming.Genre),
            Artists = keepArtists ? current.Artists : incoming.Artists,
            ArtistNames = keepArtists ? current.ArtistNames : incoming.ArtistNames,
            ArtistsFromSlug = keepArtists && current.ArtistsFromSlug,
            ArtistSlug = current.ArtistSlug ?? incoming.ArtistSlug,
            Album = current.Album ?? incoming.Album,
            ReleaseDate = current.ReleaseDate ?? incoming.ReleaseDate,
            Popularity = current.Popularity ?? incoming.Popularity,
            Key = current.Key ?? incoming.Key,
            Mode = current.Mode ?? incoming.Mode,
            TimeSignature = current.TimeSignature ?? incoming.TimeSignature,
            DurationMs = current.DurationMs ?? incoming.DurationMs,
            Explicit = current.Explicit ?? incoming.Explicit,
        };
    }

    public static string? UnionGenres(string? genres, string? more)
    {
        if (string.IsNullOrEmpty(more)) return genres;
        if (string.IsNullOrEmpty(genres)) return more;
        var list = genres.Split(", ").ToList();
        foreach (var genre in more.Split(", "))
        {
            if (!list.Contains(genre, StringComparer.Ordinal)) list.Add(genre);
        }
        return string.Join(", ", list);
    }
}
