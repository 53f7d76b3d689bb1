using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Infrastructure.Tests.Serving;

public sealed class ControlRankingTests
{
    [Fact]
    public void Random_FromTheModelsPool_DrawsTheSameListsAsGroupingTheCandidatesPerList()
    {
        var model = Model();
        // An exclusion of a track the catalog lacks changes nothing but takes the per-list grouping.
        HashSet<int> nothing = [-1];
        foreach (var queryTrackId in new int?[] { null, 1, 2, 7, 40, 999 })
        {
            for (var seed = 0; seed < 40; seed++)
            {
                var variant = new ServedVariant(RecommenderVariants.Random, seed);
                var request = new RankRequest(10, QueryTrackId: queryTrackId, Variant: variant);
                var fromPool = ControlRanking.Random(model, model.Tracks[3].Features, request, seed);
                var grouped = ControlRanking.Random(model, model.Tracks[3].Features, request with { Excluded = nothing }, seed);

                Assert.Equal(grouped.Picks.Select(p => p.Track.Id), fromPool.Picks.Select(p => p.Track.Id));
                var querySong = queryTrackId is { } id && model.Tracks.TryGetValue(id, out var query) ? query.SongId : (int?)null;
                Assert.All(fromPool.Picks, p => Assert.True(p.Track.Exclusion is null && p.Track.SongId != querySong));
            }
        }
    }

    /// <summary>60 tracks: songs of one to three versions (the remaster preferred last), some kept out.</summary>
    private static LoadedModel Model()
    {
        var nine = Enumerable.Repeat(0.0, 9).ToArray();
        var scaler = new FeatureScaler(Enumerable.Repeat(ScalerKind.Standard, 9).ToArray(), nine, Enumerable.Repeat(1.0, 9).ToArray());
        var clusters = new ClusterModel(scaler, null, [nine, Enumerable.Repeat(1.0, 9).ToArray()]);
        var tracks = Enumerable.Range(1, 60).ToDictionary(id => id, id => new ServedTrack(
            id, $"sp{id}", $"Title {id}", $"Artist {id % 17}", null, null,
            AudioFeatures.FromArray([.. Enumerable.Range(0, 9).Select(i => ((id * 7 + i * 3) % 10) / 10.0)]))
        {
            SongId = id - id % 3 + 1 > 60 ? id : id - id % 3 + 1,
            ArtistKeys = [$"artist-{id % 17}"],
            Tags = id % 2 == 0 ? VersionTags.Remaster : VersionTags.None,
            Exclusion = id % 11 == 0 ? "kept out" : null,
        });
        return new LoadedModel(1, 1, TargetCatalog.Anime, DateTime.UtcNow, 0.3, new RecommendationIndex(clusters, []), tracks);
    }
}
