using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Lookup;

/// <summary>Stores tracks found live (an artist's, a playlist's) as reference tracks, and says which id each has.</summary>
internal static class FoundTracks
{
    /// <summary>
    /// Adds the rows whose Spotify id is not stored yet; returns the stored id of every given Spotify id
    /// that has one. A parallel lookup storing some of them first (SpotifyId is unique) only means their rows are read back.
    /// </summary>
    public static async Task<Dictionary<string, int>> StoreAsync(
        IDbContextFactory<AppDbContext> dbFactory, IReadOnlyCollection<Track> rows, ILogger logger, CancellationToken cancellationToken)
    {
        var spotifyIds = rows.Select(r => r.SpotifyId).Distinct(StringComparer.Ordinal).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await StoredIdsAsync(db, spotifyIds, cancellationToken);
        var added = rows.Where(r => !stored.ContainsKey(r.SpotifyId)).DistinctBy(r => r.SpotifyId, StringComparer.Ordinal).ToList();
        if (added.Count == 0) return stored;
        db.Tracks.AddRange(added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var row in added) stored[row.SpotifyId] = row.Id;
            return stored;
        }
        catch (DbUpdateException e)
        {
            logger.LogWarning(e, "Could not store all {Count} tracks found live; reading them back", added.Count);
            await using var again = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await StoredIdsAsync(again, spotifyIds, cancellationToken);
        }
    }

    private static async Task<Dictionary<string, int>> StoredIdsAsync(AppDbContext db, List<string> spotifyIds, CancellationToken cancellationToken) =>
        await db.Tracks.AsNoTracking().Where(t => spotifyIds.Contains(t.SpotifyId))
            .ToDictionaryAsync(t => t.SpotifyId, t => t.Id, StringComparer.Ordinal, cancellationToken);
}
