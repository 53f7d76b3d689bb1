using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Pipeline.Training;
using MusicRecommender.Tests.Shared;

namespace MusicRecommender.Pipeline.Tests.Training;

public sealed class PrincipalComponentsTests
{
    private static readonly AnimeReference Reference = AnimeReference.Value;

    private static RowMatrix Standardized()
    {
        var x = RowMatrix.FromRows(Reference.Rows);
        return ScalerFitter.Transform(new ScalerFitter(ScalerKind.Standard).Fit(x), x);
    }

    [Fact]
    public void Fit_WhenAllComponentsKept_MatchesSklearnVarianceRatioAndComponentsUpToSign()
    {
        var fit = new PrincipalComponents(null).Fit(Standardized());

        var expected = Reference["pca_on_standardized"];
        var ratio = AnimeReference.Doubles(expected.GetProperty("explained_variance_ratio"));
        Assert.Equal(ratio.Length, fit.Components);
        for (var c = 0; c < ratio.Length; c++) Assert.Equal(ratio[c], fit.ExplainedVarianceRatio[c], 1e-6);

        var components = AnimeReference.Matrix(expected.GetProperty("components_rows"));
        for (var c = 0; c < components.Length; c++)
        {
            var actual = fit.Projection!.Components[c];
            var sign = Math.Sign(components[c].Zip(actual, (a, b) => a * b).Sum());
            for (var j = 0; j < components[c].Length; j++) Assert.Equal(components[c][j], sign * actual[j], 1e-6);
        }
    }

    [Fact]
    public void Fit_WhenTargetIs95Percent_KeepsTheFewestComponentsReachingIt()
    {
        var fit = new PrincipalComponents(0.95).Fit(Standardized());

        var expected = Reference["pca_on_standardized"].GetProperty("n_components_for_95pct").GetInt32();
        Assert.Equal(expected, fit.Components);
        Assert.Equal(expected, fit.Projection!.OutputDimension);
        Assert.True(fit.KeptVarianceRatio.Sum() >= 0.95);
        Assert.True(fit.KeptVarianceRatio[..^1].Sum() < 0.95);
    }

    [Fact]
    public void Projection_WhenAllComponentsKept_PreservesDistances()
    {
        var x = Standardized();
        var projection = new PrincipalComponents(null).Fit(x).Projection!;

        var a = new double[x.Columns];
        var b = new double[x.Columns];
        projection.Transform(x.Row(3), a);
        projection.Transform(x.Row(200), b);

        var before = Math.Sqrt(x.Row(3).ToArray().Zip(x.Row(200).ToArray(), (p, q) => (p - q) * (p - q)).Sum());
        var after = Math.Sqrt(a.Zip(b, (p, q) => (p - q) * (p - q)).Sum());
        Assert.Equal(before, after, 1e-9);
    }
}
