using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Ratings;

/// <summary>One of the rater's ratings as "My ratings" lists it.</summary>
public sealed record MyRating(int Id, Guid ImpressionId, int TrackId, string SpotifyId, string Title, string Artists, TargetCatalog Catalog, int Stars, DateTime RatedAt);

/// <summary>
/// A rater's own ratings across all their lists: shown again on any list holding a rated track,
/// listed under "My ratings", removable. A signed-in rater owns the lists shown to their account
/// and the ones this browser was shown anonymously before (merged into the account at sign-in);
/// an anonymous rater owns only the anonymous lists of their cookie id, so signing out never
/// leaves an account's ratings on a shared browser.
/// </summary>
public sealed class RaterRatings(AppDbContext db)
{
    public IQueryable<Impression> ImpressionsOf(Rater rater)
    {
        ArgumentNullException.ThrowIfNull(rater);
        var (userId, anonymousId) = (rater.UserId, rater.AnonymousId);
        return userId is null
            ? db.Impressions.AsNoTracking().Where(i => i.UserId == null && i.AnonymousId == anonymousId)
            : db.Impressions.AsNoTracking().Where(i => i.UserId == userId || (i.UserId == null && anonymousId != null && i.AnonymousId == anonymousId));
    }

    /// <summary>The rater's latest stars for each of these tracks that they rated on any list.</summary>
    public async Task<IReadOnlyDictionary<int, int>> LatestStarsAsync(Rater rater, IReadOnlyCollection<int> trackIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trackIds);
        if (trackIds.Count == 0) return new Dictionary<int, int>();
        var rows = await (
                from r in db.Ratings.AsNoTracking()
                join i in ImpressionsOf(rater) on r.ImpressionId equals i.Id
                where trackIds.Contains(r.TrackId)
                select new { r.TrackId, r.Stars, r.UpdatedAt, r.Id })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.TrackId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id).First().Stars);
    }

    /// <summary>Newest first; a song rated on several lists appears once, with its latest rating.</summary>
    public async Task<IReadOnlyList<MyRating>> ListAsync(Rater rater, int take, CancellationToken cancellationToken)
    {
        var rows = await (
                from r in db.Ratings.AsNoTracking()
                join i in ImpressionsOf(rater) on r.ImpressionId equals i.Id
                join t in db.Tracks.AsNoTracking() on r.TrackId equals t.Id
                select new MyRating(r.Id, r.ImpressionId, r.TrackId, t.SpotifyId, t.Title, t.Artists, i.Catalog, r.Stars, r.UpdatedAt))
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.TrackId)
            .Select(g => g.OrderByDescending(r => r.RatedAt).ThenByDescending(r => r.Id).First())
            .OrderByDescending(r => r.RatedAt).ThenByDescending(r => r.Id)
            .Take(take)
            .ToList();
    }

    /// <summary>Removes the rater's ratings of the song (from every list it was rated on); false when they had none.</summary>
    public async Task<bool> RemoveAsync(Rater rater, int trackId, CancellationToken cancellationToken)
    {
        var ids = await (
                from r in db.Ratings.AsNoTracking()
                join i in ImpressionsOf(rater) on r.ImpressionId equals i.Id
                where r.TrackId == trackId
                select r.Id)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0) return false;
        await db.Ratings.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    /// <summary>At sign-in: the lists this browser was shown anonymously become the account's (their rater id, and so the experiment, stays).</summary>
    public Task<int> MergeAsync(string userId, string anonymousId, CancellationToken cancellationToken) =>
        db.Impressions.Where(i => i.UserId == null && i.AnonymousId == anonymousId)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.UserId, userId), cancellationToken);
}
