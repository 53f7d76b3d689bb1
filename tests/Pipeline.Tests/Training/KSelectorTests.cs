using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Tests.Training;

public sealed class KSelectorTests
{
    private static KCurvePoint[] Curve(double[] inertia, double[] silhouette) =>
        inertia.Select((v, i) => new KCurvePoint(i + 2, v, silhouette[i])).ToArray();

    [Fact]
    public void Pick_WhenTheKneesSilhouetteHolds_KeepsTheKnee()
    {
        var curve = Curve([100, 50, 20, 18, 16, 14], [0.40, 0.35, 0.34, 0.35, 0.30, 0.28]);

        var (k, knee, _) = KSelector.Pick(curve);

        Assert.Equal(4, knee);
        Assert.Equal(4, k);
    }

    [Fact]
    public void Pick_WhenANeighbourSeparatesClearlyBetter_TakesTheNeighbour()
    {
        var curve = Curve([100, 50, 20, 18, 16, 14], [0.40, 0.45, 0.30, 0.31, 0.30, 0.28]);

        var (k, knee, _) = KSelector.Pick(curve);

        Assert.Equal(4, knee);
        Assert.Equal(3, k);
    }

    [Fact]
    public void Pick_WhenThereIsNoKnee_TakesTheBestSilhouette()
    {
        var curve = Curve([100, 90, 80, 70, 60, 50], [0.2, 0.25, 0.31, 0.3, 0.1, 0.1]);

        var (k, knee, _) = KSelector.Pick(curve);

        Assert.Null(knee);
        Assert.Equal(4, k);
    }

    [Fact]
    public void Choose_WhenDataHasFourSeparatedBlobs_RecordsBothCurvesAndPicksFour()
    {
        var random = new Random(1);
        double[][] centers = [[0, 0], [8, 0], [0, 8], [8, 8]];
        var x = RowMatrix.FromRows(Enumerable.Range(0, 800)
            .Select(i => centers[i % 4].Select(c => c + random.NextDouble() - 0.5).ToArray()).ToArray());

        var choice = new KSelector(new TrainingSettings { K = null, KMax = 8, NInit = 3 }).Choose(x);

        Assert.Equal(Enumerable.Range(2, 7), choice.Curve.Select(p => p.K));
        Assert.Equal(4, choice.K);
        Assert.Equal(4, choice.Fit.Centers.Length);
        Assert.True(choice.Curve.Single(p => p.K == 4).Silhouette > 0.7);
    }
}
