using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Domain.Tests.Recommendation;

public sealed class ClusterSharesTests
{
    [Theory]
    [InlineData(new[] { 20, 10 }, 9, new[] { 6, 3 })]
    [InlineData(new[] { 16, 8, 1 }, 10, new[] { 7, 3, 0 })]
    [InlineData(new[] { 1, 1, 1 }, 10, new[] { 4, 3, 3 })]
    [InlineData(new[] { 5 }, 10, new[] { 10 })]
    [InlineData(new[] { 3, 0, 2 }, 5, new[] { 3, 0, 2 })]
    public void Allocate_SharesPlacesInProportionAndGivesThemAllOut(int[] sizes, int top, int[] expected)
    {
        var shares = ClusterShares.Allocate(sizes, top);

        Assert.Equal(expected, shares);
        Assert.Equal(top, shares.Sum());
    }

    [Fact]
    public void Allocate_WhenThereIsNothingToShare_GivesNothing()
    {
        Assert.Equal([0, 0], ClusterShares.Allocate([0, 0], 10));
        Assert.Equal([0, 0], ClusterShares.Allocate([3, 4], 0));
    }

    [Fact]
    public void Mean_IsTheAverageOfEachFeature()
    {
        var calm = new AudioFeatures(0.2, 0.1, -20, 0.03, 0.9, 0.0, 0.1, 0.2, 70);
        var loud = new AudioFeatures(0.8, 0.9, -4, 0.05, 0.1, 0.2, 0.3, 0.8, 150);

        var mean = FeatureProfile.Mean([calm, loud]);

        double[] expected = [0.5, 0.5, -12, 0.04, 0.5, 0.1, 0.2, 0.5, 110];
        Assert.All(expected.Zip(mean.ToArray()), pair => Assert.Equal(pair.First, pair.Second, 12));
        Assert.Throws<ArgumentException>(() => FeatureProfile.Mean([]));
    }
}
