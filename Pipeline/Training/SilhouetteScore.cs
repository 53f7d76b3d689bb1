namespace MusicRecommender.Pipeline.Training;

/// <summary>Mean silhouette coefficient (Euclidean), exact or on a seeded sample of rows.</summary>
public static class SilhouetteScore
{
    public static double Mean(double[][] x, int[] labels, int sampleSize, int seed, out int usedRows)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(labels);
        var rows = Enumerable.Range(0, x.Length).ToArray();
        if (x.Length > sampleSize)
        {
            new Random(seed).Shuffle(rows);
            rows = rows[..sampleSize];
        }
        usedRows = rows.Length;
        var k = labels.Max() + 1;
        var sizes = new int[k];
        foreach (var row in rows) sizes[labels[row]]++;
        var total = 0.0;
        var sums = new double[k];
        foreach (var i in rows)
        {
            Array.Clear(sums);
            foreach (var j in rows)
            {
                if (i != j) sums[labels[j]] += Math.Sqrt(KMeans.SquaredDistance(x[i], x[j]));
            }
            var own = labels[i];
            if (sizes[own] <= 1) continue; // silhouette of a singleton is 0
            var a = sums[own] / (sizes[own] - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
            {
                if (c != own && sizes[c] > 0) b = Math.Min(b, sums[c] / sizes[c]);
            }
            total += double.IsInfinity(b) ? 0 : (b - a) / Math.Max(a, b);
        }
        return total / rows.Length;
    }
}
