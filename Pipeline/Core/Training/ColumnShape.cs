namespace MusicRecommender.Pipeline.Training;

/// <summary>
/// Summary of one feature's distribution: moments (population, as numpy/scipy with bias) and
/// percentiles by linear interpolation between order statistics (numpy's default method), and the
/// share of rows holding the single most frequent value (a spike such as "exactly 0").
/// </summary>
public sealed record ColumnShape(
    double Mean,
    double StandardDeviation,
    double Skewness,
    double ExcessKurtosis,
    double Min,
    double Q1,
    double Median,
    double Q3,
    double Max,
    double ModeShare)
{
    public double InterquartileRange => Q3 - Q1;

    public static ColumnShape Of(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty) throw new ArgumentException("No values.", nameof(values));
        var n = values.Length;
        var mean = 0.0;
        foreach (var v in values) mean += v;
        mean /= n;
        double m2 = 0, m3 = 0, m4 = 0;
        foreach (var v in values)
        {
            var d = v - mean;
            var d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        // A constant feature has no shape: call it normal (skew 0, kurtosis 0) rather than NaN.
        var skewness = m2 > 0 ? m3 / Math.Pow(m2, 1.5) : 0;
        var kurtosis = m2 > 0 ? m4 / (m2 * m2) - 3 : 0;

        var sorted = values.ToArray();
        Array.Sort(sorted);
        var longestRun = 1;
        for (int i = 1, run = 1; i < n; i++)
        {
            run = sorted[i] == sorted[i - 1] ? run + 1 : 1;
            longestRun = Math.Max(longestRun, run);
        }
        return new ColumnShape(mean, Math.Sqrt(m2), skewness, kurtosis,
            sorted[0], Percentile(sorted, 25), Percentile(sorted, 50), Percentile(sorted, 75), sorted[^1], (double)longestRun / n);
    }

    /// <summary>numpy.percentile(..., method="linear") of an ascending array.</summary>
    public static double Percentile(ReadOnlySpan<double> sorted, double percent)
    {
        if (sorted.IsEmpty) throw new ArgumentException("No values.", nameof(sorted));
        var position = (sorted.Length - 1) * percent / 100.0;
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        var fraction = position - lower;
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
    }
}
