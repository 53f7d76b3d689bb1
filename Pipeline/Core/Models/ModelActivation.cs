using Microsoft.EntityFrameworkCore;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Pipeline.Models;

/// <summary>
/// Makes a stored model version the active one of its catalog, in one transaction: the previous
/// active version is retired, the new one activated and the activation recorded (who, when, how)
/// together, or none of it happens.
/// </summary>
public static class ModelActivation
{
    /// <summary>Returns the version it replaced (null if the catalog had none, or this one was already active).</summary>
    public static async Task<int?> ActivateAsync(AppDbContext db, int modelVersionId, TimeProvider clock, string kind, string activatedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var version = await db.ModelVersions.SingleOrDefaultAsync(m => m.Id == modelVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"Model version {modelVersionId} does not exist.");
        if (version.Status == ModelStatus.Active) return null;
        var catalog = version.Catalog;
        var previous = await db.ModelVersions
            .Where(m => m.Catalog == catalog && m.Status == ModelStatus.Active && m.Id != modelVersionId)
            .Select(m => (int?)m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        // Retire first and flush, so the one-active-per-catalog index never sees two active rows.
        await db.ModelVersions
            .Where(m => m.Catalog == catalog && m.Status == ModelStatus.Active && m.Id != modelVersionId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, ModelStatus.Retired), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        version.Status = ModelStatus.Active;
        version.ActivatedAt = now;
        version.RejectionReason = null;
        db.ModelActivations.Add(new ModelActivationRecord
        {
            Catalog = catalog,
            ModelVersionId = modelVersionId,
            PreviousModelVersionId = previous,
            Kind = kind,
            ActivatedBy = activatedBy,
            ActivatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return previous;
    }
}
