using Microsoft.EntityFrameworkCore;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Catalog;

/// <summary>
/// The catalog's change counter (<see cref="CatalogStamp"/>). Whatever changes tracks (import, enrichment)
/// bumps it inside its own transaction; the site polls it and drops its cached song resolutions.
/// </summary>
public static class CatalogVersion
{
    public static Task BumpAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""UPDATE "CatalogStamps" SET "Version" = "Version" + 1, "ChangedAt" = {now} WHERE "Id" = {CatalogStamp.SingleId}""", cancellationToken);
    }

    public static Task<long> ReadAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CatalogStamps.AsNoTracking().Select(s => s.Version).FirstOrDefaultAsync(cancellationToken);
    }
}
