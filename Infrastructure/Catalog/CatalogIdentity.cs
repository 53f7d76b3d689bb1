using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Infrastructure.Catalog;

/// <summary>
/// Artist identity and song groups, kept in step with the stored tracks. Run after tracks are written (an
/// import, an enrichment run, a track found live or a playlist import): learns slug names from tracks other
/// sources credit under the same Spotify id and names the slug-only tracks with them (never blanking a name),
/// writes each track's credit as artist entities, refreshes the search text, and regroups the target catalogs'
/// songs, saving only what changed. Idempotent: a second run writes nothing.
/// </summary>
public sealed class CatalogIdentity(AppDbContext db, TimeProvider clock, ILogger<CatalogIdentity> logger)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Everything, with the credits a file listed name by name (Spotify id → names) where it did.</summary>
    public Task<IdentitySummary> UpdateAllAsync(IReadOnlyDictionary<string, IReadOnlyList<string>>? credits = null, CancellationToken cancellationToken = default) =>
        RunAsync(null, credits, cancellationToken);

    /// <summary>Only what <paramref name="trackIds"/> change: their credits and search text, and their catalogs' songs.</summary>
    public Task<IdentitySummary> UpdateTracksAsync(IReadOnlyCollection<int> trackIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trackIds);
        return RunAsync(trackIds.ToHashSet(), null, cancellationToken);
    }

    private async Task<IdentitySummary> RunAsync(HashSet<int>? only, IReadOnlyDictionary<string, IReadOnlyList<string>>? credits, CancellationToken cancellationToken)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            // Instances sharing a PostgreSQL database take turns, so two runs cannot interleave their writes.
            await using var turn = await DatabaseLock.AcquireAsync(db, "catalog-identity", cancellationToken);
            var state = await IdentityState.LoadAsync(db, only, cancellationToken);
            var plan = IdentityPlan.Make(state, credits);
            if (plan.IsEmpty) return plan.Summary;

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await using (var writer = new RowWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction()))
            {
                await plan.WriteAsync(writer, clock.GetUtcNow().UtcDateTime, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation(
                "Catalog identity: {Named} tracks named from {Slugs} learned slugs, {Credits} credits written ({Artists} new artists), {Songs} song ids changed",
                plan.Summary.TracksNamed, plan.Summary.SlugNames, plan.Summary.CreditsWritten, plan.Summary.ArtistsAdded, plan.Summary.SongIdsChanged);
            return plan.Summary;
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
