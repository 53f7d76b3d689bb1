using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Tests.Training;

public sealed class KneeLocatorTests
{
    // Expected knees computed with the kneed package's algorithm (convex, decreasing, S = 1).
    [Theory]
    [InlineData(2, new[] { 100.0, 50, 20, 18, 16, 14, 12, 10, 8, 6, 4 }, 4)]
    [InlineData(1, new[] { 10.0, 9, 8.2, 7.5, 6.9, 6.4, 6.0, 5.7, 5.5, 5.4 }, 5)]
    [InlineData(2, new[] { 10.0, 5, 4.5, 2, 1.8, 1.6, 1.5 }, 5)]
    public void Find_WhenTheCurveBends_ReturnsKneedlesKnee(int firstK, double[] inertia, int expected)
    {
        var ks = Enumerable.Range(firstK, inertia.Length).ToArray();

        Assert.Equal(expected, KneeLocator.Find(ks, inertia));
    }

    [Fact]
    public void Find_WhenTheCurveIsAStraightLine_ReturnsNull()
    {
        var ks = Enumerable.Range(2, 11).ToArray();

        Assert.Null(KneeLocator.Find(ks, ks.Select(k => 100.0 - 10 * k).ToArray()));
    }

    [Fact]
    public void Find_WhenGivenSklearnsAnimeInertiaCurve_FindsK5()
    {
        var reference = MusicRecommender.Tests.Shared.AnimeReference.Value["kmeanspp_best_of_10_by_k"];
        var ks = Enumerable.Range(2, 9).ToArray();
        var inertia = ks.Select(k => reference.GetProperty(k.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetProperty("inertia").GetDouble()).ToArray();

        Assert.Equal(5, KneeLocator.Find(ks, inertia));
    }
}
