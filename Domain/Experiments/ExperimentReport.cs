namespace MusicRecommender.Domain.Experiments;

/// <summary>The dashboard's numbers for one experiment, computed from per-variant counts.</summary>
public sealed record ExperimentReport(
    string Experiment,
    string Control,
    bool EnoughData,
    int MinimumRatingsPerVariant,
    IReadOnlyList<VariantResult> Variants,
    IReadOnlyList<Comparison> Comparisons,
    SampleRatioCheck SampleRatio)
{
    /// <summary>Below this many ratings in any variant the comparison is shown as "not enough data".</summary>
    public const int DefaultMinimumRatingsPerVariant = 30;

    /// <summary>Sample ratio mismatch is flagged below this p-value (a common, conservative threshold).</summary>
    public const double SampleRatioAlarm = 0.001;

    public static ExperimentReport Build(string experiment, string control, IReadOnlyList<VariantData> variants, int minimumRatingsPerVariant = DefaultMinimumRatingsPerVariant)
    {
        ArgumentNullException.ThrowIfNull(variants);
        var controlData = variants.FirstOrDefault(v => v.Name == control);
        var results = variants.Select(v => Result(v, v.Name == control)).ToArray();
        var comparisons = controlData is null
            ? []
            : variants.Where(v => v.Name != control).Select(v => Compare(controlData, v)).ToArray();
        var weighted = variants.Where(v => v.Weight > 0).ToArray();
        var srm = ExperimentStatistics.SampleRatioMismatch(weighted.Select(v => v.Exposures).ToArray(), weighted.Select(v => v.Weight).ToArray());
        var enough = controlData is not null && variants.Count >= 2 && variants.All(v => v.Stars.Count >= minimumRatingsPerVariant);
        return new ExperimentReport(experiment, control, enough, minimumRatingsPerVariant, results, comparisons,
            new SampleRatioCheck(srm, srm is not null && srm.PValue < SampleRatioAlarm));
    }

    private static VariantResult Result(VariantData v, bool isControl)
    {
        var stars = v.Stars;
        double? rate = stars.Count == 0 ? null : (double)stars.Positive / stars.Count;
        return new VariantResult(v.Name, v.Weight, isControl, v.Exposures, v.Raters, v.Impressions, stars.Count, stars.Counts,
            stars.Mean, ExperimentStatistics.MeanInterval(stars), stars.Positive, rate, ExperimentStatistics.Wilson(stars.Positive, stars.Count));
    }

    private static Comparison Compare(VariantData control, VariantData treatment)
    {
        StarSample c = control.Stars, t = treatment.Stars;
        double? meanDifference = c.Mean is { } mc && t.Mean is { } mt ? mt - mc : null;
        double? rateDifference = c.Count > 0 && t.Count > 0 ? (double)t.Positive / t.Count - (double)c.Positive / c.Count : null;
        return new Comparison(treatment.Name, control.Name, meanDifference, ExperimentStatistics.Welch(c, t), rateDifference,
            ExperimentStatistics.TwoProportionZ(c.Positive, c.Count, t.Positive, t.Count),
            ExperimentStatistics.ProbabilityToBeatControl(c.Positive, c.Count, t.Positive, t.Count));
    }
}
