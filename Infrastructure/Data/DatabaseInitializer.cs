using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MusicRecommender.Infrastructure.Data;

/// <summary>Brings the database to the latest schema. Safe to run at every start, and on several instances at once.</summary>
public sealed class DatabaseInitializer(AppDbContext db, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets the site read while an import or a retrain writes; the mode persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        // EF's own migration lock on PostgreSQL does not stop a second instance from re-running a
        // migration the first has just committed (ConcurrentMigrationTests: "relation already exists"),
        // so instances take turns here and the second finds nothing pending.
        await using var turn = await DatabaseLock.AcquireAsync(db, "migrate", cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0) return;
        logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);
    }
}
