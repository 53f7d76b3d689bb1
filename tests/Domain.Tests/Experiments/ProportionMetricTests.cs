using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Domain.Tests.Experiments;

public sealed class ProportionMetricTests
{
    /// <summary>The fixture's positives out of its ratings stand in for lists with a 4–5★ rating out of lists: the same statistics apply.</summary>
    [Theory]
    [MemberData(nameof(AbStatsFixture.CaseNames), MemberType = typeof(AbStatsFixture))]
    public void Build_WhenGivenTheFixtureCounts_MatchesSciPy(string name)
    {
        var fixture = AbStatsFixture.Case(name);
        var control = StarSample.FromStars(fixture.Stars("control_stars"));
        var treatment = StarSample.FromStars(fixture.Stars("treatment_stars"));

        var metric = ProportionMetric.Build("lists with a 4–5★ rating", "random",
            [new ProportionCount("model", treatment.Positive, treatment.Count), new ProportionCount("random", control.Positive, control.Count)]);

        var model = metric.Variants.Single(v => v.Variant == "model");
        var random = metric.Variants.Single(v => v.Variant == "random");
        Assert.True(random.IsControl);
        Assert.False(model.IsControl);
        AbStatsFixture.Close(fixture.Pair("treatment_positive_wilson95").Low, model.Ci95?.Low);
        AbStatsFixture.Close(fixture.Pair("treatment_positive_wilson95").High, model.Ci95?.High);
        AbStatsFixture.Close(fixture.Pair("control_positive_wilson95").Low, random.Ci95?.Low);
        var comparison = Assert.Single(metric.Comparisons);
        AbStatsFixture.Close(fixture.Number("two_proportion_z"), comparison.Test?.Z);
        AbStatsFixture.Close(fixture.Number("two_proportion_p_two_sided"), comparison.Test?.PValue);
        AbStatsFixture.Close(fixture.Number("prob_treatment_beats_control_beta_1_1"), comparison.ProbabilityToBeatControl);
        AbStatsFixture.Close((double)treatment.Positive / treatment.Count - (double)control.Positive / control.Count, comparison.Difference);
    }

    [Fact]
    public void Build_WhenAVariantHasNoLists_LeavesItsNumbersUndefined()
    {
        var metric = ProportionMetric.Build("m", "random", [new ProportionCount("model", 0, 0), new ProportionCount("random", 3, 10)]);

        var model = metric.Variants.Single(v => v.Variant == "model");
        Assert.Null(model.Rate);
        Assert.Null(model.Ci95);
        var comparison = Assert.Single(metric.Comparisons);
        Assert.Null(comparison.Difference);
        Assert.Null(comparison.Test);
        Assert.Null(comparison.ProbabilityToBeatControl);
    }

    [Fact]
    public void Build_WhenSuccessesExceedTrials_Throws()
    {
        Assert.Throws<ArgumentException>(() => ProportionMetric.Build("m", "random", [new ProportionCount("random", 11, 10)]));
    }

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(30, 40, 0.75)]
    [InlineData(50, 40, 1.0)]
    public void TrafficCoverage_IsTheShareOfRatersInTheExperiment(long inExperiment, long all, double? share)
    {
        Assert.Equal(share, new TrafficCoverage(inExperiment, all).Share);
    }
}
