using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Domain.Tests.Experiments;

public sealed class ExperimentReportTests
{
    [Fact]
    public void Build_WhenGivenTheClearWinCase_ComparesTreatmentWithControlLikeTheFixture()
    {
        var fixture = AbStatsFixture.Case("clear-win");
        var control = StarSample.FromStars(fixture.Stars("control_stars"));
        var treatment = StarSample.FromStars(fixture.Stars("treatment_stars"));

        var report = ExperimentReport.Build("recommender-vs-random", "random",
            [new VariantData("model", 0.5, 510, 500, 520, treatment), new VariantData("random", 0.5, 490, 480, 500, control)]);

        Assert.True(report.EnoughData);
        var comparison = Assert.Single(report.Comparisons);
        Assert.Equal("model", comparison.Variant);
        AbStatsFixture.Close(fixture.Number("treatment_mean") - fixture.Number("control_mean"), comparison.MeanDifference);
        AbStatsFixture.Close(fixture.Number("welch_p_two_sided"), comparison.Welch?.PValue);
        AbStatsFixture.Close(fixture.Number("two_proportion_p_two_sided"), comparison.TwoProportion?.PValue);
        AbStatsFixture.Close(fixture.Number("prob_treatment_beats_control_beta_1_1"), comparison.ProbabilityToBeatControl);
        var model = report.Variants.Single(v => v.Name == "model");
        Assert.False(model.IsControl);
        Assert.Equal(treatment.Count, model.Ratings);
        AbStatsFixture.Close(fixture.Pair("treatment_positive_wilson95").Low, model.PositiveRateCi95?.Low);
        Assert.False(report.SampleRatio.Mismatch);
        AbStatsFixture.Close(0.5270892568655381, report.SampleRatio.Test?.PValue, 1e-9); // chi² = 0.4 on 1 df: erfc(√0.2)
    }

    [Fact]
    public void Build_WhenExposuresAreFarFromTheWeights_FlagsASampleRatioMismatch()
    {
        var stars = StarSample.FromStars(Enumerable.Repeat(4, 40));

        var report = ExperimentReport.Build("e", "random",
            [new VariantData("model", 0.5, 5300, 5300, 5300, stars), new VariantData("random", 0.5, 4700, 4700, 4700, stars)]);

        Assert.True(report.SampleRatio.Mismatch);
        Assert.True(report.SampleRatio.Test!.PValue < 0.001);
    }

    [Fact]
    public void Build_WhenAVariantHasFewRatings_ReportsNotEnoughData()
    {
        var report = ExperimentReport.Build("e", "random",
            [new VariantData("model", 0.5, 3, 3, 3, StarSample.FromStars([5, 4, 4])), new VariantData("random", 0.5, 2, 2, 2, StarSample.Empty)]);

        Assert.False(report.EnoughData);
        var random = report.Variants.Single(v => v.Name == "random");
        Assert.Null(random.MeanStars);
        Assert.Null(random.MeanStarsCi95);
        Assert.Null(Assert.Single(report.Comparisons).Welch);
    }
}
