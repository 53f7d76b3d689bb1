using MusicRecommender.Domain.Recommendation;
using MusicRecommender.Pipeline.Training;
using MusicRecommender.Tests.Shared;

namespace MusicRecommender.Pipeline.Tests.Training;

public sealed class KMeansTests
{
    private static readonly AnimeReference Reference = AnimeReference.Value;

    private static RowMatrix Standardized()
    {
        var x = RowMatrix.FromRows(Reference.Rows);
        return ScalerFitter.Transform(new ScalerFitter(ScalerKind.Standard).Fit(x), x);
    }

    [Fact]
    public void Lloyd_WhenStartedFromFixtureRows_ReproducesSklearnLabelsInertiaAndIterations()
    {
        var x = Standardized();
        var expected = Reference["kmeans_lloyd_fixed_init"];
        var init = x.Select(AnimeReference.Ints(expected.GetProperty("init_row_indices")));

        var result = KMeans.Lloyd(x, init);

        Assert.Equal(AnimeReference.Ints(expected.GetProperty("labels")), result.Labels);
        var inertia = expected.GetProperty("inertia").GetDouble();
        Assert.True(Math.Abs(result.Inertia - inertia) <= 1e-6 * inertia, $"inertia {result.Inertia:R} vs {inertia:R}");
        Assert.Equal(expected.GetProperty("n_iter").GetInt32(), result.Iterations);
        var centers = AnimeReference.Matrix(expected.GetProperty("centers"));
        for (var c = 0; c < centers.Length; c++)
        {
            for (var j = 0; j < centers[c].Length; j++) Assert.Equal(centers[c][j], result.Centers[c][j], 1e-6);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public void Fit_WhenTenPlusPlusRestarts_ReachesSklearnBestInertiaWithinOnePercent(int k)
    {
        var result = new KMeans(k, nInit: 10, seed: 42).Fit(Standardized());

        var best = Reference["kmeanspp_best_of_10_by_k"].GetProperty(k.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetProperty("inertia").GetDouble();
        Assert.True(result.Inertia <= best * 1.01, $"k = {k}: inertia {result.Inertia} vs sklearn's {best}");
        Assert.Equal(k, result.Labels.Distinct().Count());
    }

    [Fact]
    public void Fit_WhenRunOnOneThreadAndOnAll_GivesBitIdenticalResults()
    {
        // 30,000 rows span several parallel blocks.
        var x = Blobs(30_000, seed: 3);

        KMeansResult first;
        using (Chunks.OneThread()) first = new KMeans(6, nInit: 3, seed: 11).Fit(x);
        var second = new KMeans(6, nInit: 3, seed: 11).Fit(x);

        Assert.Equal(first.Labels, second.Labels);
        Assert.Equal(first.Inertia, second.Inertia);
        Assert.Equal(first.Centers, second.Centers);
    }

    [Fact]
    public void Lloyd_WhenRunWithBounds_GivesTheSameResultAsPlainLloyd()
    {
        var x = Blobs(5_000, seed: 5);
        var init = x.Select([0, 1, 2, 3, 4, 5, 6]);

        var fast = KMeans.Lloyd(x, init);
        var plain = PlainLloyd(x, init.ToRows());

        Assert.Equal(plain.Labels, fast.Labels);
        Assert.Equal(plain.Iterations, fast.Iterations);
        Assert.Equal(plain.Inertia, fast.Inertia, 1e-9 * plain.Inertia);
    }

    [Fact]
    public void Lloyd_WhenAClusterEmpties_RefillsItWithTheFarthestRow()
    {
        // Two identical starting centers: the second one gets no rows in the first pass.
        double[][] rows = [[0, 0], [0, 1], [10, 0], [10, 1], [20, 0]];
        var result = KMeans.Lloyd(rows, [[0, 0], [0, 0], [10, 0]]);

        Assert.Equal(3, result.Labels.Distinct().Count());
    }

    internal static RowMatrix Blobs(int rows, int seed)
    {
        var random = new Random(seed);
        var centers = Enumerable.Range(0, 6).Select(_ => Enumerable.Range(0, 4).Select(_ => random.NextDouble() * 6).ToArray()).ToArray();
        var x = new RowMatrix(rows, 4);
        for (var i = 0; i < rows; i++)
        {
            var center = centers[random.Next(centers.Length)];
            for (var j = 0; j < 4; j++) x.Row(i)[j] = center[j] + random.NextDouble() * 2 - 1;
        }
        return x;
    }

    /// <summary>Textbook Lloyd, the reference for the bounded version.</summary>
    private static KMeansResult PlainLloyd(RowMatrix x, double[][] centers)
    {
        var labels = Enumerable.Repeat(-1, x.Rows).ToArray();
        for (var iteration = 1; ; iteration++)
        {
            var changed = false;
            for (var i = 0; i < x.Rows; i++)
            {
                var label = KMeans.Nearest(x.Row(i), centers, out _);
                changed |= label != labels[i];
                labels[i] = label;
            }
            for (var c = 0; c < centers.Length; c++)
            {
                var members = Enumerable.Range(0, x.Rows).Where(i => labels[i] == c).ToArray();
                centers[c] = Enumerable.Range(0, x.Columns).Select(j => members.Average(i => x.Row(i)[j])).ToArray();
            }
            if (!changed)
            {
                var inertia = Enumerable.Range(0, x.Rows).Sum(i => RowMatrix.SquaredDistance(x.Row(i), centers[labels[i]]));
                return new KMeansResult(centers, labels, inertia, iteration);
            }
        }
    }
}
