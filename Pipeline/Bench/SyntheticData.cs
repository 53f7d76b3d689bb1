using MusicRecommender.Pipeline.Training;

namespace MusicRecommender.Pipeline.Bench;

/// <summary>
/// Seeded Gaussian blobs standing in for a big catalog: 12 overlapping clusters with centers drawn
/// from N(0, 1.5²) per coordinate and spreads from 0.5 to 1.2, so k-means has real work to do (no
/// cleanly separated blobs) and the cloud is centered like standardized features.
/// </summary>
internal static class SyntheticData
{
    public static RowMatrix Blobs(int rows, int columns, int seed, int clusters = 12)
    {
        var layout = new Random(seed);
        var centers = Enumerable.Range(0, clusters).Select(_ => Enumerable.Range(0, columns).Select(_ => 1.5 * Normal(layout)).ToArray()).ToArray();
        var spreads = Enumerable.Range(0, clusters).Select(_ => 0.5 + 0.7 * layout.NextDouble()).ToArray();
        return Sample(rows, centers, spreads, layout.Next());
    }

    /// <summary>Fresh rows from the same blobs (queries), with another seed.</summary>
    public static RowMatrix MoreFromSameBlobs(int rows, int columns, int seed, int querySeed, int clusters = 12)
    {
        var layout = new Random(seed);
        var centers = Enumerable.Range(0, clusters).Select(_ => Enumerable.Range(0, columns).Select(_ => 1.5 * Normal(layout)).ToArray()).ToArray();
        var spreads = Enumerable.Range(0, clusters).Select(_ => 0.5 + 0.7 * layout.NextDouble()).ToArray();
        return Sample(rows, centers, spreads, querySeed);
    }

    private static RowMatrix Sample(int rows, double[][] centers, double[] spreads, int seed)
    {
        var random = new Random(seed);
        var x = new RowMatrix(rows, centers[0].Length);
        for (var i = 0; i < rows; i++)
        {
            var blob = random.Next(centers.Length);
            var row = x.Row(i);
            for (var j = 0; j < row.Length; j++) row[j] = centers[blob][j] + spreads[blob] * Normal(random);
        }
        return x;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
