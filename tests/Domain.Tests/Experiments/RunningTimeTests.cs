using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Domain.Tests.Experiments;

public sealed class RunningTimeTests
{
    [Theory]
    // Fleiss' formula without continuity correction (α = 0.05 two-sided, power 0.8); 50% → 60% is the textbook 388.
    [InlineData(0.5, 0.1, 388)]
    [InlineData(0.3, 0.05, 1377)]
    [InlineData(0.2, 0.02, 6510)]
    // Past 1 the effect is taken downwards: 95% → 85%.
    [InlineData(0.95, 0.1, 141)]
    public void RequiredPerVariant_WhenGivenABaselineAndEffect_MatchesTheFormula(double baseline, double mde, long expected)
    {
        Assert.Equal(expected, RunningTime.RequiredPerVariant(baseline, mde));
    }

    [Fact]
    public void RequiredPerVariant_WhenPowerOrEffectChange_MovesTheRightWay()
    {
        Assert.Equal(1842, RunningTime.RequiredPerVariant(0.3, 0.05, power: 0.9));
        Assert.True(RunningTime.RequiredPerVariant(0.3, 0.02) > RunningTime.RequiredPerVariant(0.3, 0.05));
        Assert.True(RunningTime.RequiredPerVariant(0.3, 0.05, alpha: 0.01) > RunningTime.RequiredPerVariant(0.3, 0.05));
    }

    [Theory]
    [InlineData(0, 0.05)]
    [InlineData(1, 0.05)]
    [InlineData(0.3, 0)]
    [InlineData(0.3, double.NaN)]
    public void RequiredPerVariant_WhenTheInputCannotBePlannedWith_Throws(double baseline, double mde)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RunningTime.RequiredPerVariant(baseline, mde));
    }

    [Fact]
    public void Estimate_WhenHalfwayThere_CountsTheDaysLeftAtTheSlowestVariantsPace()
    {
        // The fixture's clear-win control: 127 of 400 ratings positive (31.75%).
        var fixture = AbStatsFixture.Case("clear-win");
        var control = StarSample.FromStars(fixture.Stars("control_stars"));
        Assert.Equal(fixture.Number("control_positive"), control.Positive);

        var estimate = RunningTime.Estimate(control.Positive, control.Count, [control.Count, 383], daysRunning: 10, mde: 0.05);

        Assert.NotNull(estimate);
        Assert.Equal(1413, estimate.RequiredPerVariant);
        Assert.Equal(383, estimate.SmallestVariant);
        Assert.Equal(38.3, estimate.RatingsPerDayInSmallest!.Value, 9);
        Assert.Equal((1413 - 383) / 38.3, estimate.DaysLeft!.Value, 9);
        Assert.False(estimate.Reached);
    }

    [Fact]
    public void Estimate_WhenEveryVariantHasEnough_SaysReachedWithNoDaysLeft()
    {
        var estimate = RunningTime.Estimate(150, 500, [500, 520], daysRunning: 3, mde: 0.1);

        Assert.NotNull(estimate);
        Assert.True(estimate.Reached);
        Assert.Equal(0, estimate.DaysLeft);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 40)]
    [InlineData(40, 40)]
    public void Estimate_WhenTheControlRateIsUnknownOrDegenerate_IsNull(long positive, long ratings)
    {
        Assert.Null(RunningTime.Estimate(positive, ratings, [ratings, 10], daysRunning: 5, mde: 0.05));
    }

    [Fact]
    public void Estimate_WhenNoTimeHasPassed_GivesNoPaceOrDays()
    {
        var estimate = RunningTime.Estimate(10, 30, [30, 20], daysRunning: 0, mde: 0.05);

        Assert.NotNull(estimate);
        Assert.Null(estimate.RatingsPerDayInSmallest);
        Assert.Null(estimate.DaysLeft);
    }
}
