using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Searches;

public sealed record SearchedSong(int TrackId, string Title, string Artists, long Searches);

public sealed record Counted(string Name, long Count);

public sealed record DailySearches(DateOnly Day, long Searches);

/// <summary>What listeners search for, for the admin dashboard.</summary>
public sealed class SearchAnalytics(AppDbContext db, TimeProvider time)
{
    public const int Top = 10;

    public async Task<SearchReport> GetAsync(int days, CancellationToken cancellationToken)
    {
        var searches = db.Searches.AsNoTracking();
        var total = await searches.LongCountAsync(cancellationToken);
        var raters = await searches.Select(s => s.RaterId).Distinct().LongCountAsync(cancellationToken);
        var notFound = await searches.LongCountAsync(s => !s.Found, cancellationToken);
        var topTracks = await searches.Where(s => s.Found && s.TrackId != null)
            .GroupBy(s => s.TrackId!.Value)
            .Select(g => new { TrackId = g.Key, Count = g.LongCount() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.TrackId).Take(Top)
            .ToListAsync(cancellationToken);
        var trackIds = topTracks.Select(t => (int?)t.TrackId).ToArray();
        var names = (await searches.Where(s => trackIds.Contains(s.TrackId))
                .Select(s => new { s.TrackId, s.Title, s.Artists, s.Id }).ToListAsync(cancellationToken))
            .GroupBy(s => s.TrackId!.Value).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Id)!);
        var songs = topTracks.Select(t => new SearchedSong(t.TrackId, names[t.TrackId].Title ?? "", names[t.TrackId].Artists ?? "", t.Count)).ToArray();
        // Credits like "A, B" are grouped in the database, then split so each artist counts once per search.
        var credits = await searches.Where(s => s.Found && s.Artists != null)
            .GroupBy(s => s.Artists!).Select(g => new { Artists = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var artists = credits
            .SelectMany(c => c.Artists.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Select(a => (Artist: a, c.Count)))
            .GroupBy(a => a.Artist).Select(g => new Counted(g.Key, g.Sum(a => a.Count)))
            .OrderByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.Ordinal).Take(Top).ToArray();
        var misses = (await searches.Where(s => !s.Found && s.Text != null)
                .GroupBy(s => s.Text!).Select(g => new { Text = g.Key, Count = g.LongCount() })
                .OrderByDescending(c => c.Count).ThenBy(c => c.Text).Take(Top)
                .ToListAsync(cancellationToken))
            .Select(m => new Counted(m.Text, m.Count)).ToArray();
        var catalogs = (await searches.GroupBy(s => s.Catalog).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken))
            .Select(c => new Counted(c.Key.Name(), c.Count)).OrderByDescending(c => c.Count).ToArray();
        // Songs, artists and playlists, each always listed (a zero says the feature is unused).
        var seedCounts = await searches.GroupBy(s => s.Seed).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var seeds = new[] { SearchEvent.SongSeed, SearchEvent.ArtistSeed, SearchEvent.PlaylistSeed }
            .Select(seed => new Counted(seed, seedCounts.Where(c => c.Key == seed).Sum(c => c.Count))).ToArray();
        var since = time.GetUtcNow().UtcDateTime.Date.AddDays(1 - days);
        var perDay = (await searches.Where(s => s.CreatedAt >= since)
                .GroupBy(s => s.CreatedAt.Date).Select(g => new { Day = g.Key, Count = g.LongCount() })
                .ToListAsync(cancellationToken))
            .Select(d => new DailySearches(DateOnly.FromDateTime(d.Day), d.Count)).OrderBy(d => d.Day).ToArray();

        return new SearchReport(total, raters, notFound, songs, artists, misses, catalogs, perDay,
            await searches.MaxAsync(s => (DateTime?)s.CreatedAt, cancellationToken),
            await db.Impressions.MaxAsync(i => (DateTime?)i.CreatedAt, cancellationToken),
            await db.Ratings.MaxAsync(r => (DateTime?)r.UpdatedAt, cancellationToken))
        {
            Seeds = seeds,
        };
    }
}
