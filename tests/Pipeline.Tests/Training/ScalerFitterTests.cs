using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Pipeline.Training;
using MusicRecommender.Tests.Shared;

namespace MusicRecommender.Pipeline.Tests.Training;

public sealed class ScalerFitterTests
{
    private static readonly AnimeReference Reference = AnimeReference.Value;

    [Fact]
    public void Fit_WhenStandard_MatchesSklearnMeanAndPopulationStd()
    {
        var scaler = new ScalerFitter(ScalerKind.Standard).Fit(Reference.Rows);

        var expected = Reference["standard_scaler"];
        AssertRelative(AnimeReference.Doubles(expected.GetProperty("mean")), scaler.Center);
        AssertRelative(AnimeReference.Doubles(expected.GetProperty("scale_population_std")), scaler.Scale);
        Assert.All(scaler.Kinds, k => Assert.Equal(ScalerKind.Standard, k));
    }

    [Fact]
    public void Fit_WhenRobust_MatchesSklearnMedianAndInterquartileRange()
    {
        var scaler = new ScalerFitter(ScalerKind.Robust).Fit(Reference.Rows);

        var expected = Reference["robust_scaler"];
        AssertRelative(AnimeReference.Doubles(expected.GetProperty("center_median")), scaler.Center);
        AssertRelative(AnimeReference.Doubles(expected.GetProperty("scale_iqr_25_75")), scaler.Scale);
    }

    [Fact]
    public void Fit_WhenMinMax_MatchesSklearnMinAndRange()
    {
        var scaler = new ScalerFitter(ScalerKind.MinMax).Fit(Reference.Rows);

        var expected = Reference["minmax_scaler"];
        var min = AnimeReference.Doubles(expected.GetProperty("min"));
        var max = AnimeReference.Doubles(expected.GetProperty("max"));
        AssertRelative(min, scaler.Center);
        AssertRelative(max.Zip(min, (hi, lo) => hi - lo).ToArray(), scaler.Scale);
    }

    [Fact]
    public void Fit_WhenAuto_RecordsAKindPerFeatureByItsShape()
    {
        // Column 0 roughly normal, 1 heavy-tailed with a spread-out middle, 2 two flat lumps.
        var random = new Random(7);
        var rows = Enumerable.Range(0, 4000).Select(i => new[]
        {
            Normal(random),
            i % 20 == 0 ? 40 + 10 * random.NextDouble() : Normal(random),
            i % 2 == 0 ? random.NextDouble() : 5 + random.NextDouble(),
        }).ToArray();

        var scaler = new ScalerFitter(null).Fit(rows);

        Assert.Equal([ScalerKind.Standard, ScalerKind.Robust, ScalerKind.MinMax], scaler.Kinds);
        var robust = ColumnShape.Of(rows.Select(r => r[1]).ToArray());
        Assert.Equal(robust.Median, scaler.Center[1]);
        Assert.Equal(robust.InterquartileRange, scaler.Scale[1]);
    }

    [Fact]
    public void Choose_WhenMostValuesAreZero_AvoidsRobustScaling()
    {
        // Instrumentalness-like: 80% exact zeros, so the IQR is 0 though the tail is heavy.
        var values = Enumerable.Range(0, 1000).Select(i => i % 5 == 0 ? 0.5 + i / 2000.0 : 0.0).ToArray();

        var kind = AutoScalerRule.Choose(ColumnShape.Of(values));

        Assert.Equal(ScalerKind.MinMax, kind);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(25, 1.75)]
    [InlineData(50, 2.5)]
    [InlineData(90, 3.7)]
    [InlineData(100, 4.0)]
    public void Percentile_WhenBetweenOrderStatistics_InterpolatesLinearlyLikeNumpy(double percent, double expected)
    {
        Assert.Equal(expected, ColumnShape.Percentile([1.0, 2.0, 3.0, 4.0], percent), 12);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static void AssertRelative(double[] expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var j = 0; j < expected.Length; j++)
            Assert.True(Math.Abs(actual[j] - expected[j]) <= 1e-9 * Math.Abs(expected[j]), $"feature {j}: expected {expected[j]:R}, got {actual[j]:R}");
    }
}
