namespace MusicRecommender.Domain.Experiments;

/// <summary>Successes out of trials in one variant, for a yes/no metric.</summary>
public sealed record ProportionCount(string Variant, long Successes, long Trials);

public sealed record ProportionResult(string Variant, bool IsControl, long Successes, long Trials, double? Rate, Interval? Ci95);

/// <summary>A treatment against the control: the difference is treatment − control.</summary>
public sealed record ProportionComparison(string Variant, string Control, double? Difference, ProportionTest? Test, double? ProbabilityToBeatControl);

/// <summary>
/// A second metric beside the star ratings, a proportion per variant — the share of lists with any
/// 4–5★ rating — with the same statistics as the positive rate (Wilson 95% interval, pooled
/// two-proportion z-test, probability to beat control under Beta(1, 1) priors).
/// </summary>
public sealed record ProportionMetric(string Name, string Control, IReadOnlyList<ProportionResult> Variants, IReadOnlyList<ProportionComparison> Comparisons)
{
    public static ProportionMetric Build(string name, string control, IReadOnlyList<ProportionCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Any(c => c.Trials < 0 || c.Successes < 0 || c.Successes > c.Trials))
            throw new ArgumentException("Successes must be between 0 and the number of trials.", nameof(counts));
        var results = counts.Select(c => new ProportionResult(c.Variant, c.Variant == control, c.Successes, c.Trials,
            c.Trials > 0 ? (double)c.Successes / c.Trials : null, ExperimentStatistics.Wilson(c.Successes, c.Trials))).ToArray();
        var baseline = counts.FirstOrDefault(c => c.Variant == control);
        var comparisons = baseline is null
            ? []
            : counts.Where(c => c.Variant != control).Select(c => new ProportionComparison(c.Variant, control,
                    baseline.Trials > 0 && c.Trials > 0 ? (double)c.Successes / c.Trials - (double)baseline.Successes / baseline.Trials : null,
                    ExperimentStatistics.TwoProportionZ(baseline.Successes, baseline.Trials, c.Successes, c.Trials),
                    baseline.Trials > 0 && c.Trials > 0 ? ExperimentStatistics.ProbabilityToBeatControl(baseline.Successes, baseline.Trials, c.Successes, c.Trials) : null))
                .ToArray();
        return new ProportionMetric(name, control, results, comparisons);
    }
}
