using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Infrastructure.Serving;

/// <summary>The credited artists of a catalog's tracks (key and display name, in credit order), read once per load.</summary>
internal sealed class ServedCredits(Dictionary<int, (string Key, string Name)[]> credits)
{
    public IReadOnlyList<(string Key, string Name)> Names(int trackId) => credits.GetValueOrDefault(trackId) ?? [];

    public static async Task<ServedCredits> LoadAsync(AppDbContext db, Catalogs flag, CancellationToken cancellationToken)
    {
        var rows = await db.TrackArtists.AsNoTracking()
            .Where(c => db.Tracks.Any(t => t.Id == c.TrackId && (t.Catalogs & flag) != 0))
            .Select(c => new { c.TrackId, c.Position, c.ArtistKey, c.Artist!.Name })
            .ToListAsync(cancellationToken);
        return new ServedCredits(rows.GroupBy(r => r.TrackId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Position).Select(r => (r.ArtistKey, r.Name)).ToArray()));
    }
}
