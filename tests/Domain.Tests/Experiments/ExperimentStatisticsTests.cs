using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Domain.Tests.Experiments;

/// <summary>Every statistic against SciPy's numbers in ab_stats_reference.json, relative tolerance 1e-6.</summary>
public sealed class ExperimentStatisticsTests
{
    public static IEnumerable<object[]> Cases => AbStatsFixture.CaseNames();

    [Theory]
    [MemberData(nameof(Cases))]
    public void MeanInterval_WhenGivenTheFixturesStars_MatchesScipysTInterval(string name)
    {
        var fixture = AbStatsFixture.Case(name);
        foreach (var arm in new[] { "control", "treatment" })
        {
            var sample = StarSample.FromStars(fixture.Stars($"{arm}_stars"));
            var (low, high) = fixture.Pair($"{arm}_mean_ci95_t");

            var interval = ExperimentStatistics.MeanInterval(sample);

            AbStatsFixture.Close(fixture.Number($"{arm}_mean"), sample.Mean);
            AbStatsFixture.Close(low, interval?.Low);
            AbStatsFixture.Close(high, interval?.High);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Welch_WhenGivenTheFixturesStars_MatchesScipysTAndTwoSidedP(string name)
    {
        var fixture = AbStatsFixture.Case(name);

        var welch = ExperimentStatistics.Welch(StarSample.FromStars(fixture.Stars("control_stars")), StarSample.FromStars(fixture.Stars("treatment_stars")));

        AbStatsFixture.Close(fixture.Number("welch_t"), welch?.T);
        AbStatsFixture.Close(fixture.Number("welch_p_two_sided"), welch?.PValue);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Wilson_WhenGivenThePositiveCounts_MatchesTheFixturesInterval(string name)
    {
        var fixture = AbStatsFixture.Case(name);
        foreach (var arm in new[] { "control", "treatment" })
        {
            var sample = StarSample.FromStars(fixture.Stars($"{arm}_stars"));
            var (low, high) = fixture.Pair($"{arm}_positive_wilson95");

            var interval = ExperimentStatistics.Wilson(sample.Positive, sample.Count);

            Assert.Equal(fixture.GetProperty($"{arm}_positive").GetInt64(), sample.Positive);
            AbStatsFixture.Close(low, interval?.Low);
            AbStatsFixture.Close(high, interval?.High);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TwoProportionZ_WhenGivenThePositiveCounts_MatchesScipysZAndP(string name)
    {
        var fixture = AbStatsFixture.Case(name);
        var control = StarSample.FromStars(fixture.Stars("control_stars"));
        var treatment = StarSample.FromStars(fixture.Stars("treatment_stars"));

        var test = ExperimentStatistics.TwoProportionZ(control.Positive, control.Count, treatment.Positive, treatment.Count);

        AbStatsFixture.Close(fixture.Number("two_proportion_z"), test?.Z);
        AbStatsFixture.Close(fixture.Number("two_proportion_p_two_sided"), test?.PValue);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ProbabilityToBeatControl_WhenGivenThePositiveCounts_MatchesTheBetaPosteriorValue(string name)
    {
        var fixture = AbStatsFixture.Case(name);
        var control = StarSample.FromStars(fixture.Stars("control_stars"));
        var treatment = StarSample.FromStars(fixture.Stars("treatment_stars"));

        var probability = ExperimentStatistics.ProbabilityToBeatControl(control.Positive, control.Count, treatment.Positive, treatment.Count);

        AbStatsFixture.Close(fixture.Number("prob_treatment_beats_control_beta_1_1"), probability);
    }

    [Fact]
    public void ProbabilityToBeatControl_WhenArmsAreSwapped_IsTheComplement()
    {
        var forward = ExperimentStatistics.ProbabilityToBeatControl(45, 120, 55, 125);
        var backward = ExperimentStatistics.ProbabilityToBeatControl(55, 125, 45, 120);

        Assert.Equal(1.0, forward + backward, 12);
        Assert.Equal(0.5, ExperimentStatistics.ProbabilityToBeatControl(0, 0, 0, 0), 12);
    }

    [Fact]
    public void SampleRatioMismatch_WhenGivenTheFixturesExposures_MatchesScipysChiSquare()
    {
        foreach (var check in AbStatsFixture.SampleRatioCases)
        {
            var observed = check.GetProperty("observed").EnumerateArray().Select(e => e.GetInt64()).ToArray();
            var weights = check.GetProperty("weights").EnumerateArray().Select(e => e.GetDouble()).ToArray();

            var test = ExperimentStatistics.SampleRatioMismatch(observed, weights);

            Assert.NotNull(test);
            Assert.Equal(check.Number("chi2"), test.ChiSquare, 9);
            AbStatsFixture.Close(check.Number("p"), test.PValue);
        }
    }

    [Fact]
    public void Statistics_WhenThereAreTooFewRatings_AreUndefinedRatherThanWrong()
    {
        var one = StarSample.FromStars([4]);
        var same = StarSample.FromStars([3, 3, 3]);

        Assert.Null(ExperimentStatistics.MeanInterval(one));
        Assert.Null(ExperimentStatistics.Welch(one, same));
        Assert.Null(ExperimentStatistics.Welch(same, same));
        Assert.Null(ExperimentStatistics.Wilson(0, 0));
        Assert.Null(ExperimentStatistics.TwoProportionZ(0, 3, 0, 3));
        Assert.Null(ExperimentStatistics.SampleRatioMismatch([0, 0], [0.5, 0.5]));
    }
}
