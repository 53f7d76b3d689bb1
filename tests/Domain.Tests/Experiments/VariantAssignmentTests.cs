using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Domain.Tests.Experiments;

public sealed class VariantAssignmentTests
{
    private static readonly WeightedVariant[] FiftyFifty = [new("model", 0.5), new("random", 0.5)];

    [Fact]
    public void Assign_WhenCalledAgainForTheSameRater_GivesTheSameVariant()
    {
        var raters = Enumerable.Range(0, 500).Select(i => $"rater-{i}").ToArray();

        var first = raters.Select(r => VariantAssignment.Assign("recommender-vs-random", r, FiftyFifty)).ToArray();
        var second = raters.Select(r => VariantAssignment.Assign("recommender-vs-random", r, FiftyFifty)).ToArray();

        Assert.Equal(first, second);
        // Pinned values: a change of hash or mapping would silently move every rater between variants.
        Assert.Equal(0.15901267289239696, VariantAssignment.Bucket("recommender-vs-random", "rater-0"), 15); // Python: hashlib.sha256
    }

    [Theory]
    [InlineData(0.5, 0.5)]
    [InlineData(0.7, 0.3)]
    [InlineData(9, 1)]
    public void Assign_WhenGivenTenThousandRaters_SplitsWithinTwoPercentOfTheWeights(double modelWeight, double randomWeight)
    {
        var variants = new[] { new WeightedVariant("model", modelWeight), new WeightedVariant("random", randomWeight) };
        var raters = Enumerable.Range(0, 10_000).Select(_ => Guid.NewGuid().ToString("N")).ToArray();

        var share = raters.Count(r => VariantAssignment.Assign("split-test", r, variants) == "model") / 10_000.0;

        Assert.InRange(share, modelWeight / (modelWeight + randomWeight) - 0.02, modelWeight / (modelWeight + randomWeight) + 0.02);
    }

    [Fact]
    public void Assign_WhenExperimentsDiffer_AssignsIndependently()
    {
        var raters = Enumerable.Range(0, 10_000).Select(i => $"r{i}").ToArray();

        var agree = raters.Count(r => VariantAssignment.Assign("first", r, FiftyFifty) == VariantAssignment.Assign("second", r, FiftyFifty)) / 10_000.0;

        Assert.InRange(agree, 0.48, 0.52);
    }

    [Fact]
    public void Assign_WhenAVariantHasWeightZero_NeverPicksIt()
    {
        var variants = new[] { new WeightedVariant("model", 1), new WeightedVariant("random", 0) };

        Assert.All(Enumerable.Range(0, 1000), i => Assert.Equal("model", VariantAssignment.Assign("x", $"r{i}", variants)));
        Assert.Throws<ArgumentException>(() => VariantAssignment.Assign("x", "r", [new WeightedVariant("a", 0)]));
    }

    [Fact]
    public void Bucket_WhenGivenManyRaters_StaysInTheUnitInterval()
    {
        var buckets = Enumerable.Range(0, 10_000).Select(i => VariantAssignment.Bucket("e", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

        Assert.All(buckets, b => Assert.InRange(b, 0.0, 0.9999999999999999));
        Assert.InRange(buckets.Average(), 0.49, 0.51);
    }
}
