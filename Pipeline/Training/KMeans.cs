namespace MusicRecommender.Pipeline.Training;

public sealed record KMeansResult(double[][] Centers, int[] Labels, double Inertia, int Iterations);

/// <summary>k-means with k-means++ seeding and Lloyd iterations; the best of <c>nInit</c> seeded runs.</summary>
public sealed class KMeans(int k, int nInit = 10, int maxIterations = 300, int seed = 42)
{
    public KMeansResult Fit(double[][] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (k < 1 || k > x.Length) throw new ArgumentOutOfRangeException(nameof(x), $"k = {k} needs at least {k} rows.");
        var random = new Random(seed);
        KMeansResult? best = null;
        for (var run = 0; run < nInit; run++)
        {
            var result = Lloyd(x, PlusPlus(x, new Random(random.Next())), maxIterations);
            if (best is null || result.Inertia < best.Inertia) best = result;
        }
        return best!;
    }

    public static KMeansResult Lloyd(double[][] x, double[][] initialCenters, int maxIterations)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(initialCenters);
        var k = initialCenters.Length;
        var d = x[0].Length;
        var centers = initialCenters.Select(c => c.ToArray()).ToArray();
        var labels = new int[x.Length];
        Array.Fill(labels, -1);
        var iterations = 0;
        for (; iterations < maxIterations; iterations++)
        {
            var changed = false;
            for (var i = 0; i < x.Length; i++)
            {
                var nearest = Nearest(x[i], centers, out _);
                if (nearest != labels[i])
                {
                    labels[i] = nearest;
                    changed = true;
                }
            }
            if (!changed) break;
            var sums = new double[k][];
            var counts = new int[k];
            for (var c = 0; c < k; c++) sums[c] = new double[d];
            for (var i = 0; i < x.Length; i++)
            {
                counts[labels[i]]++;
                for (var j = 0; j < d; j++) sums[labels[i]][j] += x[i][j];
            }
            for (var c = 0; c < k; c++)
            {
                if (counts[c] == 0) continue;
                for (var j = 0; j < d; j++) centers[c][j] = sums[c][j] / counts[c];
            }
        }
        var inertia = 0.0;
        for (var i = 0; i < x.Length; i++) inertia += SquaredDistance(x[i], centers[labels[i]]);
        return new KMeansResult(centers, labels, inertia, iterations);
    }

    private double[][] PlusPlus(double[][] x, Random random)
    {
        var centers = new List<double[]> { x[random.Next(x.Length)].ToArray() };
        var distances = x.Select(row => SquaredDistance(row, centers[0])).ToArray();
        while (centers.Count < k)
        {
            var total = distances.Sum();
            var target = random.NextDouble() * total;
            var chosen = 0;
            for (var cumulative = 0.0; chosen < x.Length - 1; chosen++)
            {
                cumulative += distances[chosen];
                if (cumulative >= target) break;
            }
            centers.Add(x[chosen].ToArray());
            for (var i = 0; i < x.Length; i++) distances[i] = Math.Min(distances[i], SquaredDistance(x[i], centers[^1]));
        }
        return [.. centers];
    }

    internal static int Nearest(double[] row, double[][] centers, out double distance)
    {
        var best = 0;
        distance = double.PositiveInfinity;
        for (var c = 0; c < centers.Length; c++)
        {
            var current = SquaredDistance(row, centers[c]);
            if (current < distance)
            {
                distance = current;
                best = c;
            }
        }
        return best;
    }

    internal static double SquaredDistance(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++)
        {
            var diff = a[j] - b[j];
            sum += diff * diff;
        }
        return sum;
    }
}
