using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Infrastructure.Catalog;

public sealed record TrackMatch(int Id, string SpotifyId, string Title, string Artists, string? Album, Catalogs Catalogs, int? Popularity, int Score)
{
    public string? ReleaseDate { get; init; }

    /// <summary>The release year, when known: with the album, it tells same-named rows apart.</summary>
    public int? Year => ReleaseDate is { Length: >= 4 } date && int.TryParse(date.AsSpan(0, 4), out var year) ? year : null;

    /// <summary>The artists as shown: never empty, never a slug.</summary>
    public string DisplayArtists => Artists.Length > 0 ? Artists : ArtistSlug.UnknownArtist;
}

/// <summary>
/// Local song search by title and/or artist (display names, so "Taylor Swift" finds the tracks the K-pop/western
/// list files under "taylor"). Every word must appear (case- and accent-insensitive, via
/// <see cref="SearchTextNormalizer"/>); matches are ranked by how well the title matches, then by popularity.
/// Rows with the same title and artists (the same song stored under several ids) are shown once.
/// </summary>
public sealed class TrackSearch(AppDbContext db, SearchCorpusCache corpus)
{
    public const int MaxQueryLength = 200;
    private const int CandidatePool = 400;

    // A name that is also a common word ("Love") matches many titles; the credit check needs them all.
    private const int ArtistPool = 5000;

    public async Task<IReadOnlyList<TrackMatch>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        var terms = SearchTextNormalizer.Terms(query);
        if (terms.Length == 0) return [];
        var normalizedQuery = string.Join(' ', SearchTextNormalizer.Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries));

        var pool = await MatchingAsync(terms, CandidatePool, ids => db.Tracks.AsNoTracking()
            .Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.SpotifyId, t.Title, t.Artists, t.Album, t.ReleaseDate, t.Catalogs, t.Popularity }), t => t.Id, cancellationToken);

        return pool
            .Select(t => new TrackMatch(t.Id, t.SpotifyId, t.Title, t.Artists, t.Album, t.Catalogs, t.Popularity,
                Score(normalizedQuery, terms, SearchTextNormalizer.Normalize(t.Title), SearchTextNormalizer.Normalize(t.Artists))) { ReleaseDate = t.ReleaseDate })
            .OrderByDescending(m => m.Score)
            .ThenByDescending(m => m.Popularity ?? -1)
            .ThenBy(m => m.Id)
            // Unknown artists are no evidence of one song: those rows stay apart.
            .DistinctBy(m => (TextFold.Compact(m.Title), m.Artists.Length > 0 ? TextFold.Compact(m.Artists) : $"#{m.Id}"))
            .Take(limit)
            .ToList();
    }

    /// <summary>
    /// The catalog's tracks credited to an artist named exactly <paramref name="name"/> (any name of the
    /// credit, by <see cref="ArtistCredit.Key"/>), most popular first. The search index narrows the
    /// candidates to tracks holding every word of the name; the credit check decides.
    /// </summary>
    public async Task<IReadOnlyList<ArtistTrack>> ArtistTracksAsync(string name, int limit, CancellationToken cancellationToken = default)
    {
        var key = ArtistCredit.Key(name);
        var terms = SearchTextNormalizer.Terms(name);
        if (key.Length == 0 || terms.Length == 0) return [];
        var pool = await MatchingAsync(terms, ArtistPool, ids => db.Tracks.AsNoTracking()
            .Where(t => ids.Contains(t.Id))
            .Select(t => new
            {
                t.Id, t.SpotifyId, t.Title, t.Artists, t.Popularity, t.Danceability, t.Energy, t.Loudness, t.Speechiness,
                t.Acousticness, t.Instrumentalness, t.Liveness, t.Valence, t.Tempo,
            }), t => t.Id, cancellationToken);
        return pool
            .OrderByDescending(t => t.Popularity ?? -1)
            .ThenBy(t => t.Id)
            .Where(t => SongMatch.Credits(t.Artists, key))
            .Take(limit)
            .Select(t => new ArtistTrack(t.Id, t.SpotifyId, t.Title, t.Artists, t.Popularity,
                new AudioFeatures(t.Danceability, t.Energy, t.Loudness, t.Speechiness, t.Acousticness, t.Instrumentalness, t.Liveness, t.Valence, t.Tempo)))
            .ToList();
    }

    /// <summary>
    /// The ids of the first <paramref name="pool"/> tracks, most popular first, whose search text contains every
    /// term: answered by the in-memory <see cref="SearchCorpus"/> (both providers alike), so a common word
    /// reads no more rows than the pool holds.
    /// </summary>
    private async Task<List<T>> MatchingAsync<T>(string[] terms, int pool, Func<List<int>, IQueryable<T>> rows, Func<T, int> id, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var ids = (await corpus.MatchAsync(db, terms, pool, cancellationToken)).ConvertAll(m => m.Id);
            var found = await rows(ids).ToListAsync(cancellationToken);
            if (found.Count == ids.Count || attempt == 1) return found;
            // Removed since the corpus was built: forgotten, and the pool filled again without them.
            corpus.Forget(ids.Except(found.Select(id)).ToList());
        }
    }

    /// <summary>How well a track's title (and artists) answer the query; higher is better.</summary>
    internal static int Score(string query, string[] terms, string title, string artists)
    {
        if (title == query) return 100;
        var titleAndArtists = $"{title} {artists}";
        var artistsAndTitle = $"{artists} {title}";
        if (titleAndArtists.StartsWith(query, StringComparison.Ordinal) && query.StartsWith(title + " ", StringComparison.Ordinal)) return 95;
        if (artistsAndTitle.EndsWith(query, StringComparison.Ordinal) && query.EndsWith(" " + title, StringComparison.Ordinal)) return 95;
        if (title.StartsWith(query, StringComparison.Ordinal)) return 70;
        var titleWords = title.Split(' ');
        if (terms.All(titleWords.Contains)) return 50;
        if (terms.All(title.Contains)) return 40;
        return 20;
    }
}
