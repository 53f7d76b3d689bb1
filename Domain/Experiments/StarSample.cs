namespace MusicRecommender.Domain.Experiments;

/// <summary>
/// The star ratings (1–5) of one variant, kept as counts per star: every statistic on the
/// dashboard (mean, variance, positive rate) follows from them, so the database can group
/// instead of shipping each rating.
/// </summary>
public sealed record StarSample
{
    public const int MinStars = 1;
    public const int MaxStars = 5;

    /// <summary>Four and five stars count as a positive rating.</summary>
    public const int PositiveFrom = 4;

    private readonly long[] _counts;

    private StarSample(long[] counts) => _counts = counts;

    public static StarSample Empty { get; } = new(new long[MaxStars]);

    /// <summary>Counts of 1, 2, 3, 4 and 5 stars, in that order.</summary>
    public IReadOnlyList<long> Counts => _counts;

    public long Count => _counts.Sum();

    public long Positive => _counts[(PositiveFrom - 1)..].Sum();

    public double? Mean => Count == 0 ? null : Sum() / Count;

    /// <summary>Sample variance (n − 1 in the denominator); undefined below two ratings.</summary>
    public double? Variance
    {
        get
        {
            var n = Count;
            if (n < 2) return null;
            var mean = Sum() / n;
            var squares = 0.0;
            for (var stars = MinStars; stars <= MaxStars; stars++) squares += _counts[stars - 1] * (stars - mean) * (stars - mean);
            return squares / (n - 1);
        }
    }

    public static StarSample FromCounts(IReadOnlyList<long> countsByStar)
    {
        ArgumentNullException.ThrowIfNull(countsByStar);
        if (countsByStar.Count != MaxStars) throw new ArgumentException($"Expected {MaxStars} counts (1 to 5 stars).", nameof(countsByStar));
        if (countsByStar.Any(c => c < 0)) throw new ArgumentException("Counts cannot be negative.", nameof(countsByStar));
        return new StarSample(countsByStar.ToArray());
    }

    public static StarSample FromStars(IEnumerable<int> stars)
    {
        ArgumentNullException.ThrowIfNull(stars);
        var counts = new long[MaxStars];
        foreach (var s in stars)
        {
            if (s is < MinStars or > MaxStars) throw new ArgumentOutOfRangeException(nameof(stars), s, "Stars must be 1 to 5.");
            counts[s - 1]++;
        }
        return new StarSample(counts);
    }

    private double Sum()
    {
        var sum = 0.0;
        for (var stars = MinStars; stars <= MaxStars; stars++) sum += _counts[stars - 1] * (double)stars;
        return sum;
    }
}
