using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace MusicRecommender.Domain.Experiments;

public sealed record WelchTest(double T, double DegreesOfFreedom, double PValue);

public sealed record ProportionTest(double Z, double PValue);

public sealed record ChiSquareTest(double ChiSquare, int DegreesOfFreedom, double PValue);

/// <summary>
/// The dashboard's statistics, matching SciPy (see ../shared/fixtures/ab_stats_reference.json).
/// Tail probabilities come from the regularized incomplete beta and gamma functions and erfc
/// rather than 1 − CDF, so p-values as small as 1e-21 keep their relative precision.
/// Each method returns null where the statistic is undefined (too few ratings, zero variance).
/// </summary>
public static class ExperimentStatistics
{
    public const double Confidence = 0.95;

    /// <summary>The 97.5th percentile of the standard normal distribution.</summary>
    public static readonly double Z975 = Normal.InvCDF(0, 1, 0.5 + Confidence / 2);

    /// <summary>Mean ± t(0.975, n − 1) · s / √n.</summary>
    public static Interval? MeanInterval(StarSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Mean is not { } mean || sample.Variance is not { } variance) return null;
        var n = sample.Count;
        var t = StudentT.InvCDF(0, 1, n - 1, 0.5 + Confidence / 2);
        var half = t * Math.Sqrt(variance / n);
        return new Interval(mean - half, mean + half);
    }

    /// <summary>Welch's unequal-variance t-test of treatment − control, two-sided.</summary>
    public static WelchTest? Welch(StarSample control, StarSample treatment)
    {
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(treatment);
        if (control.Variance is not { } vc || treatment.Variance is not { } vt) return null;
        var sc = vc / control.Count;
        var st = vt / treatment.Count;
        if (sc + st <= 0) return null;
        var t = (treatment.Mean!.Value - control.Mean!.Value) / Math.Sqrt(sc + st);
        var df = (sc + st) * (sc + st) / (sc * sc / (control.Count - 1) + st * st / (treatment.Count - 1));
        // P(|T| > |t|) = I_{df/(df+t²)}(df/2, 1/2)
        var p = SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + t * t));
        return new WelchTest(t, df, Math.Min(1, p));
    }

    /// <summary>Wilson score interval for a proportion.</summary>
    public static Interval? Wilson(long positive, long n)
    {
        if (n <= 0 || positive < 0 || positive > n) return null;
        var z2 = Z975 * Z975;
        var p = (double)positive / n;
        var denominator = 1 + z2 / n;
        var center = (p + z2 / (2.0 * n)) / denominator;
        var half = Z975 / denominator * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(center - half, center + half);
    }

    /// <summary>Two-proportion z-test (pooled standard error) of treatment − control, two-sided.</summary>
    public static ProportionTest? TwoProportionZ(long controlPositive, long controlN, long treatmentPositive, long treatmentN)
    {
        if (controlN <= 0 || treatmentN <= 0) return null;
        var pooled = (double)(controlPositive + treatmentPositive) / (controlN + treatmentN);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1.0 / controlN + 1.0 / treatmentN));
        if (se <= 0) return null;
        var z = ((double)treatmentPositive / treatmentN - (double)controlPositive / controlN) / se;
        return new ProportionTest(z, SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2)));
    }

    /// <summary>
    /// P(p_treatment &gt; p_control) with Beta(1 + positives, 1 + negatives) posteriors, as an exact
    /// finite sum (the integer-parameter closed form), so no Monte Carlo noise:
    /// Σ_{i=0}^{αT−1} B(αC + i, βC + βT) / ((βT + i) · B(1 + i, βT) · B(αC, βC)).
    /// </summary>
    public static double ProbabilityToBeatControl(long controlPositive, long controlN, long treatmentPositive, long treatmentN)
    {
        if (controlPositive < 0 || controlPositive > controlN || treatmentPositive < 0 || treatmentPositive > treatmentN)
            throw new ArgumentOutOfRangeException(nameof(controlPositive), "Positives must be between 0 and the number of ratings.");
        double alphaC = controlPositive + 1, betaC = controlN - controlPositive + 1;
        double alphaT = treatmentPositive + 1, betaT = treatmentN - treatmentPositive + 1;
        var constant = SpecialFunctions.BetaLn(alphaC, betaC);
        var sum = 0.0;
        for (var i = 0; i < alphaT; i++)
        {
            sum += Math.Exp(SpecialFunctions.BetaLn(alphaC + i, betaC + betaT) - Math.Log(betaT + i)
                            - SpecialFunctions.BetaLn(1 + i, betaT) - constant);
        }
        return Math.Clamp(sum, 0, 1);
    }

    /// <summary>Pearson's chi-square of observed exposures against planned weights (sample ratio mismatch).</summary>
    public static ChiSquareTest? SampleRatioMismatch(IReadOnlyList<long> observed, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(weights);
        if (observed.Count != weights.Count) throw new ArgumentException("One weight per observed count is needed.", nameof(weights));
        var total = observed.Sum();
        var weightSum = weights.Sum();
        if (observed.Count < 2 || total == 0 || weightSum <= 0 || weights.Any(w => w <= 0)) return null;
        var chi2 = 0.0;
        for (var i = 0; i < observed.Count; i++)
        {
            var expected = total * weights[i] / weightSum;
            chi2 += (observed[i] - expected) * (observed[i] - expected) / expected;
        }
        var df = observed.Count - 1;
        var p = chi2 <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(df / 2.0, chi2 / 2);
        return new ChiSquareTest(chi2, df, p);
    }
}
