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

    /// <summary>
    /// Swaps in <paramref name="model"/> only if its catalog still serves <paramref name="expected"/> (null: none),
    /// so a background refresh that loaded a model slowly cannot undo a newer swap made meanwhile.
    /// </summary>
    public bool TrySet(LoadedModel model, LoadedModel? expected)
    {
        ArgumentNullException.ThrowIfNull(model);
        while (true)
        {
            var current = Volatile.Read(ref _models);
            if (!ReferenceEquals(current.GetValueOrDefault(model.Catalog), expected)) return false;
            if (ReferenceEquals(Interlocked.CompareExchange(ref _models, current.SetItem(model.Catalog, model), current), current)) return true;
        }
    }

    public void Remove(TargetCatalog catalog) => ImmutableInterlocked.TryRemove(ref _models, catalog, out _);
}
