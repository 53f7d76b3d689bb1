using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Infrastructure.Tests.Serving;

/// <summary>A background refresh swaps only over the model it read, so it cannot undo an activation made meanwhile.</summary>
public sealed class ModelStoreTests
{
    [Fact]
    public void TrySet_WhenTheCatalogStillServesTheExpectedModel_Swaps()
    {
        var store = new ModelStore();
        var v1 = Model(1);
        var v2 = Model(2);

        Assert.True(store.TrySet(v1, expected: null));
        Assert.True(store.TrySet(v2, expected: v1));

        Assert.Same(v2, store.Get(TargetCatalog.Anime));
    }

    [Fact]
    public void TrySet_WhenAnotherSwapHappenedSinceItWasRead_GivesWay()
    {
        var store = new ModelStore();
        var retired = Model(1);
        store.Set(retired);
        var staleRead = store.Get(TargetCatalog.Anime);
        var activated = Model(2);
        store.Set(activated); // an activation on this instance, after the refresh read the store

        Assert.False(store.TrySet(Model(1), staleRead));
        Assert.Same(activated, store.Get(TargetCatalog.Anime));
    }

    private static LoadedModel Model(int version)
    {
        var nine = Enumerable.Repeat(0.0, 9).ToArray();
        var scaler = new FeatureScaler(Enumerable.Repeat(ScalerKind.Standard, 9).ToArray(), nine, Enumerable.Repeat(1.0, 9).ToArray());
        var model = new ClusterModel(scaler, null, [nine, Enumerable.Repeat(1.0, 9).ToArray()]);
        return new LoadedModel(version, version, TargetCatalog.Anime, DateTime.UtcNow, 0.3, new RecommendationIndex(model, []), new Dictionary<int, ServedTrack>());
    }
}
