namespace MusicRecommender.Pipeline.Training;

/// <summary>
/// Greedy k-means++ seeding as scikit-learn does it (Arthur &amp; Vassilvitskii 2007, with the
/// local trials of sklearn's <c>_kmeans_plusplus</c>): each new center is the best of
/// 2 + ⌊ln k⌋ candidates drawn with probability ∝ squared distance to the nearest chosen center,
/// "best" meaning the lowest resulting potential. The greedy trials make a bad start much rarer
/// than plain k-means++, which is why sklearn reaches low inertia with few restarts.
/// </summary>
internal static class KMeansPlusPlus
{
    /// <summary>k centers as a flat k × d array.</summary>
    public static double[] Centers(RowMatrix x, int k, Random random)
    {
        var n = x.Rows;
        var d = x.Columns;
        var trials = 2 + (int)Math.Log(k);
        var centers = new double[k * d];
        var closest = new double[n];
        var chunkSums = new double[Chunks.Count(n)];

        var first = random.Next(n);
        x.Row(first).CopyTo(centers.AsSpan(0, d));
        Chunks.For(n, (chunk, start, end) =>
        {
            var center = x.Row(first);
            var sum = 0.0;
            for (var i = start; i < end; i++) sum += closest[i] = RowMatrix.SquaredDistance(x.Row(i), center);
            chunkSums[chunk] = sum;
        });
        var potential = chunkSums.Sum();

        var candidates = new int[trials];
        var chunkPotentials = new double[chunkSums.Length * trials];
        for (var c = 1; c < k; c++)
        {
            for (var t = 0; t < trials; t++) candidates[t] = Draw(closest, chunkSums, random.NextDouble() * potential);

            Chunks.For(n, (chunk, start, end) =>
            {
                for (var t = 0; t < trials; t++)
                {
                    var candidate = x.Row(candidates[t]);
                    var sum = 0.0;
                    for (var i = start; i < end; i++) sum += Math.Min(closest[i], RowMatrix.SquaredDistance(x.Row(i), candidate));
                    chunkPotentials[chunk * trials + t] = sum;
                }
            });
            var best = 0;
            var bestPotential = double.PositiveInfinity;
            for (var t = 0; t < trials; t++)
            {
                var total = 0.0;
                for (var chunk = 0; chunk < chunkSums.Length; chunk++) total += chunkPotentials[chunk * trials + t];
                if (total < bestPotential)
                {
                    bestPotential = total;
                    best = candidates[t];
                }
            }

            x.Row(best).CopyTo(centers.AsSpan(c * d, d));
            var chosen = best;
            Chunks.For(n, (chunk, start, end) =>
            {
                var center = x.Row(chosen);
                var sum = 0.0;
                for (var i = start; i < end; i++) sum += closest[i] = Math.Min(closest[i], RowMatrix.SquaredDistance(x.Row(i), center));
                chunkSums[chunk] = sum;
            });
            potential = chunkSums.Sum();
        }
        return centers;
    }

    /// <summary>
    /// The first row whose running sum of <paramref name="weights"/> reaches <paramref name="target"/>
    /// (numpy's searchsorted on the cumulative sum), using the per-chunk sums to skip whole chunks.
    /// </summary>
    private static int Draw(double[] weights, double[] chunkSums, double target)
    {
        var running = 0.0;
        var chunk = 0;
        while (chunk < chunkSums.Length - 1 && running + chunkSums[chunk] < target) running += chunkSums[chunk++];
        var end = Math.Min(weights.Length, (chunk + 1) * Chunks.Size);
        for (var i = chunk * Chunks.Size; i < end; i++)
        {
            running += weights[i];
            if (running >= target) return i;
        }
        return end - 1;
    }
}
