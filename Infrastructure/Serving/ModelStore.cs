using System.Collections.Immutable;
using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Infrastructure.Serving;

/// <summary>
/// The models the site serves, one per target catalog. Readers take a snapshot reference; writers
/// replace the whole immutable map atomically, so a swap never exposes a partial state.
/// </summary>
public sealed class ModelStore
{
    private ImmutableDictionary<TargetCatalog, LoadedModel> _models = ImmutableDictionary<TargetCatalog, LoadedModel>.Empty;

    public LoadedModel? Get(TargetCatalog catalog) => Volatile.Read(ref _models).GetValueOrDefault(catalog);

    public IReadOnlyCollection<LoadedModel> All => Volatile.Read(ref _models).Values.ToArray();

    public void Set(LoadedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        ImmutableInterlocked.AddOrUpdate(ref _models, model.Catalog, model, (_, _) => model);
    }

    public void Remove(TargetCatalog catalog) => ImmutableInterlocked.TryRemove(ref _models, catalog, out _);
}
