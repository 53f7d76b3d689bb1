namespace MusicRecommender.Pipeline.Training;

/// <summary>The distance bookkeeping of bounded Lloyd, on flat k × d center arrays.</summary>
internal static class CenterGeometry
{
    /// <summary>
    /// Half the distance from each center to its nearest other center (Hamerly's s(j)): a row closer
    /// than that to its own center cannot be closer to any other.
    /// </summary>
    public static void HalfGaps(double[] centers, int k, int d, double[] halfGap)
    {
        for (var c = 0; c < k; c++)
        {
            var nearest = double.PositiveInfinity;
            for (var o = 0; o < k; o++)
            {
                if (o != c) nearest = Math.Min(nearest, RowMatrix.SquaredDistance(centers.AsSpan(c * d, d), centers.AsSpan(o * d, d)));
            }
            halfGap[c] = k > 1 ? 0.5 * Math.Sqrt(nearest) : double.PositiveInfinity;
        }
    }

    /// <summary>For each center, the largest movement among the others: what a row's lower bound must drop by.</summary>
    public static void OtherMovement(double[] movement, double[] other)
    {
        var first = 0;
        for (var c = 1; c < movement.Length; c++)
        {
            if (movement[c] > movement[first]) first = c;
        }
        var second = 0.0;
        for (var c = 0; c < movement.Length; c++)
        {
            if (c != first) second = Math.Max(second, movement[c]);
        }
        for (var c = 0; c < movement.Length; c++) other[c] = c == first ? second : movement[first];
    }

    /// <summary>Nearest center (lowest index on ties, like numpy's argmin) and the two smallest distances.</summary>
    public static int Nearest(ReadOnlySpan<double> row, double[] centers, int k, out double nearest, out double second)
    {
        var d = row.Length;
        var best = 0;
        var bestSquared = double.PositiveInfinity;
        var secondSquared = double.PositiveInfinity;
        for (var c = 0; c < k; c++)
        {
            var squared = RowMatrix.SquaredDistance(row, centers.AsSpan(c * d, d));
            if (squared < bestSquared)
            {
                secondSquared = bestSquared;
                bestSquared = squared;
                best = c;
            }
            else if (squared < secondSquared)
            {
                secondSquared = squared;
            }
        }
        nearest = Math.Sqrt(bestSquared);
        second = Math.Sqrt(secondSquared);
        return best;
    }

    /// <summary>Sum of squared distances to the assigned centers, reduced in block order.</summary>
    public static double Inertia(RowMatrix x, int[] labels, double[] centers)
    {
        var d = x.Columns;
        var perChunk = new double[Chunks.Count(x.Rows)];
        Chunks.For(x.Rows, (chunk, start, end) =>
        {
            var sum = 0.0;
            for (var i = start; i < end; i++) sum += RowMatrix.SquaredDistance(x.Row(i), centers.AsSpan(labels[i] * d, d));
            perChunk[chunk] = sum;
        });
        return perChunk.Sum();
    }

    /// <summary>Mean of the per-feature population variances: scikit-learn's scale for <c>tol</c>.</summary>
    public static double MeanVariance(RowMatrix x)
    {
        var total = 0.0;
        for (var j = 0; j < x.Columns; j++)
        {
            var mean = 0.0;
            for (var i = 0; i < x.Rows; i++) mean += x.Values[i * x.Columns + j];
            mean /= x.Rows;
            var squares = 0.0;
            for (var i = 0; i < x.Rows; i++)
            {
                var diff = x.Values[i * x.Columns + j] - mean;
                squares += diff * diff;
            }
            total += squares / x.Rows;
        }
        return total / x.Columns;
    }
}
