namespace MusicRecommender.Infrastructure.Import;

/// <summary>
/// Merging rules for a track seen more than once: catalogs and genres accumulate; every other field
/// keeps the first value seen and is only filled when empty. Features are never overwritten. The
/// rules are idempotent, so importing the same file twice changes nothing the second time.
/// </summary>
internal static class TrackMerger
{
    /// <summary>One row per Spotify id, in first-seen order.</summary>
    public static List<ImportRow> Combine(IEnumerable<ImportRow> rows)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var combined = new List<ImportRow>();
        foreach (var row in rows)
        {
            if (!byId.TryGetValue(row.SpotifyId, out var index))
            {
                byId.Add(row.SpotifyId, combined.Count);
                combined.Add(row);
                continue;
            }
            var first = combined[index];
            combined[index] = first with
            {
                Catalogs = first.Catalogs | row.Catalogs,
                Genre = UnionGenres(first.Genre, row.Genre),
                Artists = first.Artists.Length > 0 ? first.Artists : row.Artists,
                Album = first.Album ?? row.Album,
                ReleaseDate = first.ReleaseDate ?? row.ReleaseDate,
                Popularity = first.Popularity ?? row.Popularity,
                Key = first.Key ?? row.Key,
                Mode = first.Mode ?? row.Mode,
                TimeSignature = first.TimeSignature ?? row.TimeSignature,
                DurationMs = first.DurationMs ?? row.DurationMs,
                Explicit = first.Explicit ?? row.Explicit,
            };
        }
        return combined;
    }

    /// <summary>The stored track updated with what the incoming row adds, or null when it adds nothing.</summary>
    public static ExistingTrack? Merge(ExistingTrack current, ImportRow incoming)
    {
        var merged = current with
        {
            Catalogs = current.Catalogs | incoming.Catalogs,
            Genres = UnionGenres(current.Genres, incoming.Genre),
            Artists = current.Artists.Length > 0 ? current.Artists : incoming.Artists,
            Album = current.Album ?? incoming.Album,
            ReleaseDate = current.ReleaseDate ?? incoming.ReleaseDate,
            Popularity = current.Popularity ?? incoming.Popularity,
            Key = current.Key ?? incoming.Key,
            Mode = current.Mode ?? incoming.Mode,
            TimeSignature = current.TimeSignature ?? incoming.TimeSignature,
            DurationMs = current.DurationMs ?? incoming.DurationMs,
            Explicit = current.Explicit ?? incoming.Explicit,
        };
        return merged == current ? null : merged;
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
