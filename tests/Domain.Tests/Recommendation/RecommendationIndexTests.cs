using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Tests.Shared;

namespace MusicRecommender.Domain.Tests.Recommendation;

public sealed class RecommendationIndexTests
{
    [Fact]
    public void Recommend_WhenExactOverTheStandardizedAnimeCatalog_GivesSklearnsTopTenInOrder()
    {
        var reference = AnimeReference.Value;
        var scaler = StandardScaler(reference.Rows);
        // Three arbitrary clusters, so the exact scan has to merge across them.
        var model = new ClusterModel(scaler, null, [new double[9], Enumerable.Repeat(1.0, 9).ToArray(), Enumerable.Repeat(-1.0, 9).ToArray()]);
        var tracks = reference.Rows.Select((row, i) => new IndexedTrack(i, i % 3, scaler.Transform(row))).ToArray();
        var index = new RecommendationIndex(model, tracks);

        foreach (var expected in reference["cosine_top10_standardized"].EnumerateArray())
        {
            var result = index.Recommend(AnimeReference.Doubles(expected.GetProperty("query_features")), new RecommendationQuery(10, Exact: true));

            var top = expected.GetProperty("top10").EnumerateArray().ToArray();
            Assert.Equal(top.Select(t => t.GetProperty("id").GetString()), result.Items.Select(n => reference.Ids[n.TrackId]));
            for (var i = 0; i < top.Length; i++) Assert.Equal(top[i].GetProperty("cosine").GetDouble(), result.Items[i].Similarity, 1e-9);
        }
    }

    [Fact]
    public void Recommend_WhenProbingEveryCluster_GivesExactlyTheExactAnswer()
    {
        var (index, queries) = RandomIndex(seed: 1, tracks: 20_000, clusters: 6);

        foreach (var query in queries)
        {
            var exact = index.RecommendEmbedded(query, new RecommendationQuery(10, Exact: true));
            var probed = index.RecommendEmbedded(query, new RecommendationQuery(10, NProbe: 6));

            Assert.Equal(exact.Items, probed.Items);
            Assert.True(probed.Examined <= exact.Examined);
        }
    }

    [Fact]
    public void Recommend_WhenProbingOneCluster_MatchesABruteForceScanOfThatCluster()
    {
        var (index, queries) = RandomIndex(seed: 2, tracks: 10_000, clusters: 5);
        var tracks = RandomTracks(seed: 2, 10_000, 5, index.Model);

        foreach (var query in queries)
        {
            var result = index.RecommendEmbedded(query, new RecommendationQuery(7));

            var cluster = index.Model.NearestCluster(query);
            var expected = tracks
                .Select((t, row) => (t, row))
                .Where(p => p.t.Cluster == cluster)
                .Select(p => (p.t.TrackId, Similarity: Cosine(query, p.t.Embedding), p.row))
                .OrderByDescending(p => p.Similarity).ThenBy(p => p.row)
                .Take(7)
                .ToArray();
            Assert.Equal(cluster, result.Cluster);
            Assert.Equal(expected.Select(e => e.TrackId), result.Items.Select(n => n.TrackId));
            for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i].Similarity, result.Items[i].Similarity, 1e-12);
            Assert.All(result.Items, n => Assert.Equal(cluster, n.Cluster));
        }
    }

    [Fact]
    public void Recommend_WhenTracksTie_RanksThemByInputOrderAcrossClusters()
    {
        var model = new ClusterModel(Identity(2), null, [new[] { 1.0, 0 }, new[] { 0, 1.0 }]);
        // Same direction everywhere (power-of-two lengths normalise exactly); rows alternate clusters, ids descending.
        var tracks = Enumerable.Range(0, 6).Select(i => new IndexedTrack(100 - i, i % 2, [Math.Pow(2, i), Math.Pow(2, i)])).ToArray();
        var index = new RecommendationIndex(model, tracks);

        var result = index.RecommendEmbedded([2.0, 2.0], new RecommendationQuery(4, Exact: true, ExcludeTrackId: 99));

        Assert.Equal([100, 98, 97, 96], result.Items.Select(n => n.TrackId));
        Assert.All(result.Items, n => Assert.Equal(1.0, n.Similarity, 12));
    }

    [Fact]
    public void Recommend_WhenTheQueryIsZero_ReturnsTheFirstTracksOfItsClusterWithSimilarityZero()
    {
        var model = new ClusterModel(Identity(2), null, [new[] { 0.0, 0 }, new[] { 5.0, 5 }]);
        var tracks = Enumerable.Range(0, 5).Select(i => new IndexedTrack(i, i == 3 ? 1 : 0, [i - 2.0, 1])).ToArray();
        var index = new RecommendationIndex(model, tracks);

        var result = index.RecommendEmbedded([0.0, 0], new RecommendationQuery(3));

        Assert.Equal([0, 1, 2], result.Items.Select(n => n.TrackId));
        Assert.All(result.Items, n => Assert.Equal(0, n.Similarity));
    }

    [Fact]
    public void Recommend_WhenTopExceedsTheProbedCluster_ReturnsAllOfItsTracksButTheExcludedOne()
    {
        var model = new ClusterModel(Identity(2), null, [new[] { 0.0, 1 }, new[] { 1.0, 0 }]);
        var tracks = Enumerable.Range(0, 30).Select(i => new IndexedTrack(i, i < 12 ? 0 : 1, [i * 0.1, 1])).ToArray();
        var index = new RecommendationIndex(model, tracks);

        var result = index.RecommendEmbedded([0.1, 1.0], new RecommendationQuery(50, NProbe: 1, ExcludeTrackId: 1));

        Assert.Equal([0], result.SearchedClusters);
        Assert.Equal(Enumerable.Range(0, 12).Where(i => i != 1).OrderByDescending(i => Cosine([0.1, 1.0], [i * 0.1, 1])).ThenBy(i => i),
            result.Items.Select(n => n.TrackId));
    }

    private static (RecommendationIndex Index, double[][] Queries) RandomIndex(int seed, int tracks, int clusters)
    {
        var random = new Random(seed);
        var centroids = Enumerable.Range(0, clusters).Select(_ => Vector(random, 3)).ToArray();
        var model = new ClusterModel(Identity(5), null, centroids);
        var index = new RecommendationIndex(model, RandomTracks(seed, tracks, clusters, model));
        var queries = Enumerable.Range(0, 40).Select(_ => Vector(new Random(seed * 1000 + random.Next()), 2)).ToArray();
        return (index, queries);
    }

    private static IndexedTrack[] RandomTracks(int seed, int count, int clusters, ClusterModel model)
    {
        var random = new Random(seed + 17);
        return Enumerable.Range(0, count).Select(i =>
        {
            var embedding = Vector(random, 2);
            // Some exact duplicates, to exercise ties.
            if (i % 97 == 5) embedding = Vector(new Random(seed), 2);
            return new IndexedTrack(i * 3 + 1, model.NearestCluster(embedding), embedding);
        }).ToArray();
    }

    private static double[] Vector(Random random, double spread) => Enumerable.Range(0, 5).Select(_ => (random.NextDouble() * 2 - 1) * spread).ToArray();

    private static double Cosine(double[] a, double[] b)
    {
        static double[] Unit(double[] v) => v.Select(x => x / Math.Sqrt(v.Sum(y => y * y))).ToArray();
        return Unit(a).Zip(Unit(b), (x, y) => x * y).Sum();
    }

    private static FeatureScaler Identity(int d) =>
        new(Enumerable.Repeat(ScalerKind.Standard, d).ToArray(), new double[d], Enumerable.Repeat(1.0, d).ToArray());

    private static FeatureScaler StandardScaler(double[][] rows)
    {
        var d = rows[0].Length;
        var mean = Enumerable.Range(0, d).Select(j => rows.Average(r => r[j])).ToArray();
        var std = Enumerable.Range(0, d).Select(j => Math.Sqrt(rows.Average(r => (r[j] - mean[j]) * (r[j] - mean[j])))).ToArray();
        return new FeatureScaler(Enumerable.Repeat(ScalerKind.Standard, d).ToArray(), mean, std);
    }
}
