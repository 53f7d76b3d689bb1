using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data;

/// <summary>
/// Brings the database to the latest schema. Safe to run at every start, and on several instances at once.
/// A SQLite file that was lost stops it (<see cref="DatabaseMissingException"/>); a first start creates it.
/// </summary>
public sealed class DatabaseInitializer(AppDbContext db, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var file = db.Database.IsSqlite() ? SqliteDatabaseFile.From(db.Database.GetConnectionString()) : null;
        file?.PrepareForStart(logger);
        if (db.Database.IsSqlite())
        {
            // WAL lets the site read while an import or a retrain writes; the mode persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        // EF's own migration lock on PostgreSQL does not stop a second instance from re-running a
        // migration the first has just committed (ConcurrentMigrationTests: "relation already exists"),
        // so instances take turns here and the second finds nothing pending.
        await using (await DatabaseLock.AcquireAsync(db, "migrate", cancellationToken))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
                await db.Database.MigrateAsync(cancellationToken);
            }
            var identity = await IdentifyAsync(cancellationToken);
            file?.WriteMarker(identity.Token, identity.CreatedAt);
        }
    }

    /// <summary>The database's identity row, made on its first start.</summary>
    private async Task<DatabaseIdentity> IdentifyAsync(CancellationToken cancellationToken)
    {
        var identity = await db.DatabaseIdentity.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (identity is not null) return identity;
        var now = DateTime.UtcNow;
        identity = new DatabaseIdentity { Token = Guid.NewGuid(), CreatedAt = now, CheckedAt = now };
        db.DatabaseIdentity.Add(identity);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(identity).State = EntityState.Detached;
        return identity;
    }
}
