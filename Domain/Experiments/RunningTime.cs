using MathNet.Numerics.Distributions;

namespace MusicRecommender.Domain.Experiments;

/// <summary>How many ratings each variant needs to detect the chosen effect, and how long that takes at the current pace.</summary>
public sealed record RunningTimeEstimate(
    double Baseline,
    double MinimumDetectableEffect,
    long RequiredPerVariant,
    long SmallestVariant,
    double? RatingsPerDayInSmallest,
    double? DaysLeft)
{
    public bool Reached => SmallestVariant >= RequiredPerVariant;
}

/// <summary>
/// The running-time estimate of the experiment pages (GrowthBook, PostHog): the sample size per
/// variant for a two-sided two-proportion z-test at level α with the given power, to detect an
/// absolute change of <c>mde</c> in the control's positive rate (Fleiss' formula without
/// continuity correction), then the days left at the pace the slowest variant gathers ratings.
/// </summary>
public static class RunningTime
{
    public const double Alpha = 0.05;
    public const double Power = 0.8;

    /// <summary>n per variant = [z(1−α/2)·√(2·p̄·q̄) + z(power)·√(p₁q₁ + p₂q₂)]² / δ², with p₂ = p₁ + δ (or p₁ − δ past 1).</summary>
    public static long RequiredPerVariant(double baseline, double mde, double alpha = Alpha, double power = Power)
    {
        if (!(baseline is > 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(baseline), "The baseline rate must be between 0 and 1.");
        if (!(mde is > 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(mde), "The effect must be between 0 and 1 (an absolute change).");
        if (!(alpha is > 0 and < 1) || !(power is > 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(alpha), "α and power must be between 0 and 1.");
        var p1 = baseline;
        var p2 = p1 + mde <= 1 ? p1 + mde : p1 - mde;
        if (p2 <= 0) throw new ArgumentOutOfRangeException(nameof(mde), "The effect is larger than the rate can move.");
        var mean = (p1 + p2) / 2;
        var za = Normal.InvCDF(0, 1, 1 - alpha / 2);
        var zb = Normal.InvCDF(0, 1, power);
        var root = za * Math.Sqrt(2 * mean * (1 - mean)) + zb * Math.Sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return (long)Math.Ceiling(root * root / (mde * mde));
    }

    /// <summary>
    /// The estimate from what the dashboard knows: the control's positive rate (the baseline),
    /// ratings per variant, and how long the experiment has run. Null while the control has no
    /// ratings, or when its rate is 0 or 1 (no variance to plan with).
    /// </summary>
    public static RunningTimeEstimate? Estimate(long controlPositive, long controlRatings, IReadOnlyList<long> ratingsPerVariant, double daysRunning, double mde,
        double alpha = Alpha, double power = Power)
    {
        ArgumentNullException.ThrowIfNull(ratingsPerVariant);
        if (controlRatings <= 0 || controlPositive <= 0 || controlPositive >= controlRatings || ratingsPerVariant.Count == 0) return null;
        var baseline = (double)controlPositive / controlRatings;
        var required = RequiredPerVariant(baseline, mde, alpha, power);
        var smallest = ratingsPerVariant.Min();
        double? pace = daysRunning > 0 ? smallest / daysRunning : null;
        double? days = smallest >= required ? 0 : pace is > 0 ? (required - smallest) / pace.Value : null;
        return new RunningTimeEstimate(baseline, mde, required, smallest, pace, days);
    }
}
