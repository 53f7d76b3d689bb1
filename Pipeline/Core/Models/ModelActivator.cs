using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Pipeline.Models;

/// <summary>What an activation did: the version now active and the one it replaced.</summary>
public sealed record ModelSwitched(TargetCatalog Catalog, int Version, int? PreviousVersion);

/// <summary>
/// The one place a model version becomes the one a catalog serves — for a retrain run (whatever started
/// it), an admin's activation and a roll-back alike. The version is first built in full as the site would
/// serve it (a failure there changes nothing); then, in one transaction, the previous active version is
/// retired, the new one activated and the activation recorded (who, when, how), or none of it happens;
/// then it is swapped into the <see cref="ModelStore"/> in one atomic step, so this process serves it at
/// once (other processes load it within <c>Models:RefreshSeconds</c>) and no request sees a half-loaded model.
/// </summary>
public sealed class ModelActivator(AppDbContext db, ModelLoader loader, ModelStore store, TimeProvider clock)
{
    /// <summary>Builds a stored version as it would be served, without activating it.</summary>
    public Task<LoadedModel> PrepareAsync(int modelVersionId, CancellationToken cancellationToken) =>
        loader.LoadAsync(db, modelVersionId, cancellationToken);

    /// <summary>The model a catalog serves now: this process's, else the active version in the database (the command line serves none).</summary>
    public async Task<LoadedModel?> ServingAsync(TargetCatalog catalog, CancellationToken cancellationToken)
    {
        if (store.Get(catalog) is { } served) return served;
        var active = await db.ModelVersions.AsNoTracking().Where(m => m.Catalog == catalog && m.Status == ModelStatus.Active)
            .Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
        return active is { } id ? await PrepareAsync(id, cancellationToken) : null;
    }

    public async Task<ModelSwitched> ActivateAsync(LoadedModel prepared, string kind, string activatedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var previousId = await CommitAsync(prepared.ModelVersionId, kind, activatedBy, cancellationToken);
        store.Set(prepared);
        var previous = previousId is { } id ? await db.ModelVersions.Where(m => m.Id == id).Select(m => (int?)m.Version).FirstOrDefaultAsync(cancellationToken) : null;
        return new ModelSwitched(prepared.Catalog, prepared.Version, previous);
    }

    /// <summary>An admin's activation (or roll-back) of any stored version that is not active.</summary>
    public async Task<ModelSwitched> ActivateVersionAsync(int modelVersionId, string kind, string activatedBy, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(modelVersionId, cancellationToken);
        return await ActivateAsync(prepared, kind, activatedBy, cancellationToken);
    }

    /// <summary>
    /// The version a roll-back returns to: the retired one that was active most recently, i.e. the one
    /// the current version replaced. Null when the catalog has none.
    /// </summary>
    public Task<int?> RollbackTargetAsync(TargetCatalog catalog, CancellationToken cancellationToken) =>
        db.ModelVersions.AsNoTracking()
            .Where(m => m.Catalog == catalog && m.Status == ModelStatus.Retired && m.ActivatedAt != null)
            .OrderByDescending(m => m.ActivatedAt)
            .Select(m => (int?)m.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The database part, in one transaction. Returns the version it replaced (null if the catalog had none, or this one was already active).</summary>
    public async Task<int?> CommitAsync(int modelVersionId, string kind, string activatedBy, CancellationToken cancellationToken = default)
    {
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
