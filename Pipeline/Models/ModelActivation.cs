using Microsoft.EntityFrameworkCore;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Pipeline.Models;

/// <summary>
/// Makes a stored model version the active one of its catalog, in one transaction: the previous
/// active version is retired and the new one activated together, or neither is.
/// </summary>
public static class ModelActivation
{
    public static async Task ActivateAsync(AppDbContext db, int modelVersionId, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var version = await db.ModelVersions.SingleOrDefaultAsync(m => m.Id == modelVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"Model version {modelVersionId} does not exist.");
        var catalog = version.Catalog;
        // Retire first and flush, so the one-active-per-catalog index never sees two active rows.
        await db.ModelVersions
            .Where(m => m.Catalog == catalog && m.Status == ModelStatus.Active && m.Id != modelVersionId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, ModelStatus.Retired), cancellationToken);
        version.Status = ModelStatus.Active;
        version.ActivatedAt = clock.GetUtcNow().UtcDateTime;
        version.RejectionReason = null;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
