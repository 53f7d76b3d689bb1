using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Serving;
using MusicRecommender.Pipeline.Models;

namespace MusicRecommender.Pipeline.Retraining;

/// <summary>What an activation did: the version now active and the one it replaced.</summary>
public sealed record ModelSwitched(TargetCatalog Catalog, int Version, int? PreviousVersion);

/// <summary>
/// Switches the model a catalog serves: the version is first built in full as the site would serve
/// it (a failure there changes nothing), then activated in one transaction, then swapped into the
/// <see cref="ModelStore"/> in one atomic step — so the site never serves a half-loaded model, and the
/// new one serves at once on this instance (others pick it up within <c>Models:RefreshSeconds</c>).
/// </summary>
public sealed class ModelSwitch(AppDbContext db, ModelLoader loader, ModelStore store, TimeProvider clock)
{
    public Task<LoadedModel> PrepareAsync(int modelVersionId, CancellationToken cancellationToken) =>
        loader.LoadAsync(db, modelVersionId, cancellationToken);

    public async Task<ModelSwitched> ActivateAsync(LoadedModel prepared, string kind, string activatedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var previousId = await ModelActivation.ActivateAsync(db, prepared.ModelVersionId, clock, kind, activatedBy, cancellationToken);
        store.Set(prepared);
        var previous = previousId is { } id ? await db.ModelVersions.Where(m => m.Id == id).Select(m => (int?)m.Version).FirstOrDefaultAsync(cancellationToken) : null;
        return new ModelSwitched(prepared.Catalog, prepared.Version, previous);
    }

    /// <summary>An admin's activation of any stored version that is not active.</summary>
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
}
