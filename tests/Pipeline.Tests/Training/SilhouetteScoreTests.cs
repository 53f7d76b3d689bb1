using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Pipeline.Training;
using MusicRecommender.Tests.Shared;

namespace MusicRecommender.Pipeline.Tests.Training;

public sealed class SilhouetteScoreTests
{
    [Fact]
    public void Mean_WhenGivenTheFixtureLabels_MatchesSklearn()
    {
        var reference = AnimeReference.Value;
        var x = RowMatrix.FromRows(reference.Rows);
        x = ScalerFitter.Transform(new ScalerFitter(ScalerKind.Standard).Fit(x), x);
        var expected = reference["kmeans_lloyd_fixed_init"];

        var score = SilhouetteScore.Mean(x, AnimeReference.Ints(expected.GetProperty("labels")), 20_000, 0, out var used);

        Assert.Equal(expected.GetProperty("silhouette_euclidean").GetDouble(), score, 1e-6);
        Assert.Equal(x.Rows, used);
    }

    [Fact]
    public void Mean_WhenTwoTightFarClusters_IsNearOne()
    {
        double[][] rows = [[0, 0], [0, 0.1], [10, 0], [10, 0.1]];

        var score = SilhouetteScore.Mean(rows, [0, 0, 1, 1], 100, 0, out _);

        Assert.InRange(score, 0.98, 1.0);
    }

    [Fact]
    public void Mean_WhenMoreRowsThanTheSampleSize_UsesASeededSampleOfThatSize()
    {
        var x = KMeansTests.Blobs(3_000, seed: 1);
        var labels = new KMeans(4, nInit: 1).Fit(x).Labels;

        var first = SilhouetteScore.Mean(x, labels, 500, 9, out var used);
        var again = SilhouetteScore.Mean(x, labels, 500, 9, out _);
        var exact = SilhouetteScore.Mean(x, labels, 3_000, 9, out _);

        Assert.Equal(500, used);
        Assert.Equal(first, again);
        Assert.Equal(exact, first, 0.05);
    }
}
