namespace MusicRecommender.Pipeline.Training;

/// <summary>
/// Mean silhouette coefficient (Euclidean), as scikit-learn's <c>silhouette_score</c>: exact on up
/// to <c>sampleSize</c> rows, above that on a seeded sample of that many rows (the cost is quadratic).
/// A row alone in its cluster scores 0; a single cluster scores 0 (sklearn refuses it instead).
/// </summary>
public static class SilhouetteScore
{
    public static double Mean(double[][] x, int[] labels, int sampleSize, int seed, out int usedRows) =>
        Mean(RowMatrix.FromRows(x), labels, sampleSize, seed, out usedRows);

    public static double Mean(RowMatrix x, int[] labels, int sampleSize, int seed, out int usedRows)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length != x.Rows) throw new ArgumentException("One label per row is required.", nameof(labels));
        var rows = Enumerable.Range(0, x.Rows).ToArray();
        if (x.Rows > sampleSize)
        {
            new Random(seed).Shuffle(rows);
            rows = rows[..sampleSize];
        }
        usedRows = rows.Length;
        if (rows.Length == 0) return 0;

        // Rows grouped by cluster (stable), so the inner loop sums one contiguous block per cluster.
        var k = labels.Max() + 1;
        var ordered = rows.OrderBy(r => labels[r]).ThenBy(r => r).ToArray();
        var grouped = x.Select(ordered);
        var start = new int[k + 1];
        foreach (var row in ordered) start[labels[row] + 1]++;
        for (var c = 0; c < k; c++) start[c + 1] += start[c];
        if (start.Skip(1).Zip(start).Count(p => p.First > p.Second) < 2) return 0;

        var scores = new double[ordered.Length];
        Parallel.For(0, ordered.Length, () => new double[k], (i, _, sums) =>
        {
            var own = labels[ordered[i]];
            var size = start[own + 1] - start[own];
            if (size <= 1) return sums;
            var point = grouped.Row(i);
            for (var c = 0; c < k; c++)
            {
                var sum = 0.0;
                for (var j = start[c]; j < start[c + 1]; j++) sum += Math.Sqrt(RowMatrix.SquaredDistance(point, grouped.Row(j)));
                sums[c] = sum;
            }
            var a = sums[own] / (size - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
            {
                var count = start[c + 1] - start[c];
                if (c != own && count > 0) b = Math.Min(b, sums[c] / count);
            }
            var denominator = Math.Max(a, b);
            scores[i] = denominator > 0 ? (b - a) / denominator : 0;
            return sums;
        }, _ => { });
        return scores.Sum() / ordered.Length;
    }
}
