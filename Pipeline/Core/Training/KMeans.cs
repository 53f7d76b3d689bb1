namespace MusicRecommender.Pipeline.Training;

public sealed record KMeansResult(double[][] Centers, int[] Labels, double Inertia, int Iterations);

/// <summary>
/// k-means: greedy k-means++ starts, Lloyd iterations with Hamerly's bounds, best inertia of
/// <c>nInit</c> seeded runs. Rows are processed in parallel in fixed blocks, so a seed gives the same
/// result on any machine. <paramref name="tolerance"/> is scikit-learn's <c>tol</c> (relative to the
/// mean feature variance); 0 runs every start until no label changes.
/// </summary>
public sealed class KMeans(int k, int nInit = 10, int maxIterations = 300, int seed = 42, double tolerance = 0)
{
    public KMeansResult Fit(double[][] x) => Fit(RowMatrix.FromRows(x));

    public KMeansResult Fit(RowMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (k < 1 || k > x.Rows) throw new ArgumentOutOfRangeException(nameof(x), $"k = {k} needs at least {k} rows.");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nInit);
        // One master generator hands each start its own seed, so start r is the same whatever nInit is.
        var master = new Random(seed);
        var lloyd = new HamerlyLloyd(x, k, maxIterations, tolerance);
        KMeansResult? best = null;
        for (var run = 0; run < nInit; run++)
        {
            var start = KMeansPlusPlus.Centers(x, k, new Random(master.Next()));
            var result = lloyd.Run(start);
            if (best is null || result.Inertia < best.Inertia) best = result;
        }
        return best!;
    }

    /// <summary>One Lloyd run from given centers (scikit-learn's <c>init=array, n_init=1</c>).</summary>
    public static KMeansResult Lloyd(double[][] x, double[][] initialCenters, int maxIterations = 300, double tolerance = 0) =>
        Lloyd(RowMatrix.FromRows(x), RowMatrix.FromRows(initialCenters), maxIterations, tolerance);

    public static KMeansResult Lloyd(RowMatrix x, RowMatrix initialCenters, int maxIterations = 300, double tolerance = 0)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(initialCenters);
        if (initialCenters.Columns != x.Columns) throw new ArgumentException("Centers must have the rows' dimension.", nameof(initialCenters));
        if (initialCenters.Rows > x.Rows) throw new ArgumentException("More centers than rows.", nameof(initialCenters));
        return new HamerlyLloyd(x, initialCenters.Rows, maxIterations, tolerance).Run(initialCenters.Values);
    }

    /// <summary>Index of the nearest center (lowest index on ties) and the squared distance to it.</summary>
    internal static int Nearest(ReadOnlySpan<double> row, double[][] centers, out double distance)
    {
        var best = 0;
        distance = double.PositiveInfinity;
        for (var c = 0; c < centers.Length; c++)
        {
            var current = RowMatrix.SquaredDistance(row, centers[c]);
            if (current < distance)
            {
                distance = current;
                best = c;
            }
        }
        return best;
    }
}
