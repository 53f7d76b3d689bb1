using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Web.Accounts;

namespace MusicRecommender.Web.Ratings;

public enum RatingProblem
{
    /// <summary>No such impression, or it was shown to someone else (indistinguishable on purpose).</summary>
    UnknownImpression,

    /// <summary>The track was not in the impression.</summary>
    NotInImpression,

    /// <summary><c>Accounts:RequireConfirmedEmail</c> is on and the signed-in account has not confirmed its address.</summary>
    UnconfirmedEmail,
}

public sealed record RatingOutcome(RatingProblem? Problem, int Rank = 0, int Stars = 0, DateTime SavedAt = default)
{
    public bool Saved => Problem is null;
}

/// <summary>
/// Stores a rater's stars for an impression item. One statement inserts or updates
/// (<c>ON CONFLICT ... DO UPDATE</c> on the unique impression item), so a retry or a race between
/// two requests can neither duplicate nor lose a rating, and it is committed when this returns.
/// </summary>
public sealed class RatingService(AppDbContext db, IOptions<AccountsOptions> accounts, TimeProvider time)
{
    public async Task<RatingOutcome> RateAsync(Rater rater, Guid impressionId, int trackId, int stars, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rater);
        ArgumentOutOfRangeException.ThrowIfLessThan(stars, StarSample.MinStars);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stars, StarSample.MaxStars);
        var impression = await db.Impressions.AsNoTracking()
            .Where(i => i.Id == impressionId)
            .Select(i => new { i.RaterId, i.UserId, i.AnonymousId })
            .FirstOrDefaultAsync(cancellationToken);
        if (impression is null || !rater.Owns(impression.RaterId, impression.UserId, impression.AnonymousId))
            return new RatingOutcome(RatingProblem.UnknownImpression);
        if (accounts.Value.RequireConfirmedEmail && rater.UserId is { } userId
            && !await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.EmailConfirmed, cancellationToken))
            return new RatingOutcome(RatingProblem.UnconfirmedEmail);
        var rank = await db.Set<ImpressionItem>()
            .Where(i => i.ImpressionId == impressionId && i.TrackId == trackId)
            .Select(i => (int?)i.Rank)
            .FirstOrDefaultAsync(cancellationToken);
        if (rank is null) return new RatingOutcome(RatingProblem.NotInImpression);

        var now = time.GetUtcNow().UtcDateTime;
        // The rating belongs to whoever the impression was shown to, under the id it was shown with.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Ratings" ("ImpressionId", "TrackId", "RaterId", "Stars", "CreatedAt", "UpdatedAt")
            VALUES ({impressionId}, {trackId}, {impression.RaterId}, {stars}, {now}, {now})
            ON CONFLICT ("ImpressionId", "TrackId") DO UPDATE SET "Stars" = excluded."Stars", "UpdatedAt" = excluded."UpdatedAt"
            """, cancellationToken);
        return new RatingOutcome(null, rank.Value, stars, now);
    }
}
