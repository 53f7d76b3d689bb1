using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Web.Accounts;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Ratings;

public enum RatingProblem
{
    /// <summary>No such impression, or it was shown to someone else (indistinguishable on purpose).</summary>
    UnknownImpression,

    /// <summary>The track was not in the impression.</summary>
    NotInImpression,

    /// <summary>The database cannot be written just now (<see cref="StorageHealth"/>): 503 with Retry-After.</summary>
    StorageUnavailable,

    /// <summary><c>Accounts:RequireConfirmedEmail</c> is on and the signed-in account has not confirmed its address.</summary>
    UnconfirmedEmail,
}

public sealed record RatingOutcome(RatingProblem? Problem, int Rank = 0, int Stars = 0, DateTime SavedAt = default)
{
    public bool Saved => Problem is null;
}

/// <summary>
/// Stores a rater's stars for an impression item. The item is checked against the list as it was
/// shown (from memory when this site stored it lately, else the impression's row). One statement
/// inserts or updates (<c>ON CONFLICT ... DO UPDATE</c> on the unique impression item), so a retry or a
/// race between two requests can neither duplicate nor lose a rating, and it is committed when this returns.
/// </summary>
public sealed class RatingService(AppDbContext db, RecentLists recent, StorageHealth storage, IOptions<AccountsOptions> accounts, TimeProvider time)
{
    public async Task<RatingOutcome> RateAsync(Rater rater, Guid impressionId, int trackId, int stars, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rater);
        ArgumentOutOfRangeException.ThrowIfLessThan(stars, StarSample.MinStars);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stars, StarSample.MaxStars);
        var shown = recent.Get(impressionId) is { } list
            ? new Shown(list.RaterId, list.UserId, list.AnonymousId, list.RankOf(trackId))
            : await db.Impressions.AsNoTracking()
                .Where(i => i.Id == impressionId)
                .Select(i => new Shown(i.RaterId, i.UserId, i.AnonymousId, i.Items.Where(item => item.TrackId == trackId).Select(item => (int?)item.Rank).FirstOrDefault()))
                .FirstOrDefaultAsync(cancellationToken);
        if (shown is null || !rater.Owns(shown.RaterId, shown.UserId, shown.AnonymousId)) return new RatingOutcome(RatingProblem.UnknownImpression);
        if (accounts.Value.RequireConfirmedEmail && rater.UserId is { } userId
            && !await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.EmailConfirmed, cancellationToken))
            return new RatingOutcome(RatingProblem.UnconfirmedEmail);
        if (shown.Rank is not { } rank) return new RatingOutcome(RatingProblem.NotInImpression);
        if (!storage.IsWritable) return new RatingOutcome(RatingProblem.StorageUnavailable);

        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            // The rating belongs to whoever the impression was shown to, under the id it was shown with.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Ratings" ("ImpressionId", "TrackId", "RaterId", "Stars", "CreatedAt", "UpdatedAt")
                VALUES ({impressionId}, {trackId}, {shown.RaterId}, {stars}, {now}, {now})
                ON CONFLICT ("ImpressionId", "TrackId") DO UPDATE SET "Stars" = excluded."Stars", "UpdatedAt" = excluded."UpdatedAt"
                """, CancellationToken.None);
            storage.EnsureFileStillThere();
        }
        catch (Exception e) when (StorageFailures.Is(e))
        {
            storage.ReportFailure(e);
            return new RatingOutcome(RatingProblem.StorageUnavailable);
        }
        return new RatingOutcome(null, rank, stars, now);
    }

    private sealed record Shown(string RaterId, string? UserId, string? AnonymousId, int? Rank);
}
