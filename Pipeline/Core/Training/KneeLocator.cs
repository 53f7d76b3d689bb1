namespace MusicRecommender.Pipeline.Training;

/// <summary>
/// Kneedle (Satopää, Albrecht, Irwin, Raghavan 2011, "Finding a 'Kneedle' in a Haystack"), offline,
/// for a decreasing convex curve such as inertia against k, without smoothing (the curve is a few
/// exact points). Both axes are scaled to [0, 1]; the difference curve D = (1 − y) − x measures how
/// far the curve bends below the straight line from its first to its last point. Every local
/// maximum of D is a candidate with threshold D − S · mean step of x; the first candidate after
/// which D drops below its threshold (or where D reaches a local minimum first, threshold 0) is the
/// knee. Returns null when the curve never bends enough (no knee). Same decisions as the kneed
/// package with <c>curve="convex", direction="decreasing", online=False</c>.
/// </summary>
public static class KneeLocator
{
    public static int? Find(IReadOnlyList<int> x, IReadOnlyList<double> y, double sensitivity = 1.0)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count) throw new ArgumentException("x and y must have the same length.", nameof(y));
        var n = x.Count;
        if (n < 3) return null;
        double xMin = x.Min(), xMax = x.Max(), yMin = y.Min(), yMax = y.Max();
        if (xMax == xMin || yMax == yMin) return null;

        var xs = x.Select(v => (v - xMin) / (xMax - xMin)).ToArray();
        var difference = new double[n];
        for (var i = 0; i < n; i++) difference[i] = 1 - (y[i] - yMin) / (yMax - yMin) - xs[i];

        // Neighbours beyond the ends count as equal to the end point (scipy's argrelextrema, mode "clip").
        bool IsMaximum(int i) => difference[i] >= difference[Math.Max(i - 1, 0)] && difference[i] >= difference[Math.Min(i + 1, n - 1)];
        bool IsMinimum(int i) => difference[i] <= difference[Math.Max(i - 1, 0)] && difference[i] <= difference[Math.Min(i + 1, n - 1)];

        var first = Enumerable.Range(0, n).FirstOrDefault(IsMaximum, -1);
        if (first < 0) return null;
        var meanStep = Math.Abs((xs[^1] - xs[0]) / (n - 1));
        var threshold = 0.0;
        var candidate = first;
        for (var i = first; i < n - 1; i++)
        {
            if (IsMaximum(i))
            {
                threshold = difference[i] - sensitivity * meanStep;
                candidate = i;
            }
            if (IsMinimum(i)) threshold = 0;
            if (difference[i + 1] < threshold) return x[candidate];
        }
        return null;
    }
}
