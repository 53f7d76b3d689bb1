using System.ComponentModel;
using System.Globalization;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Web.Experiments;

namespace MusicRecommender.Web.Api;

/// <summary>An experiment's results: the dashboard's numbers. Undefined values (too few ratings) are null.</summary>
internal sealed record ExperimentResultsResponse(
    string Experiment,
    string? Description,
    bool Active,
    DateTime? StartedAt,
    DateTime? StoppedAt,
    [property: Description("The control variant's name.")] string Control,
    [property: Description("Whether every variant has at least minimumRatingsPerVariant ratings.")] bool EnoughData,
    int MinimumRatingsPerVariant,
    IReadOnlyList<VariantResults> Variants,
    [property: Description("Each treatment against the control; differences are treatment − control.")] IReadOnlyList<VariantComparison> Comparisons,
    SampleRatioResult SampleRatio,
    CoverageResult Coverage,
    [property: Description("The second metric: each variant's lists with any 4–5★ rating.")] IReadOnlyList<ListsWithPositiveResult> ListsWithPositive,
    IReadOnlyList<DailyRatings> RatingsPerDay,
    DateTime GeneratedAt)
{
    public static ExperimentResultsResponse From(ExperimentResultsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (experiment, report) = (view.Experiment, view.Report);
        return new(
            experiment.Name,
            experiment.Description,
            experiment.IsActive,
            Utc(experiment.StartedAt),
            Utc(experiment.StoppedAt),
            report.Control,
            report.EnoughData,
            report.MinimumRatingsPerVariant,
            [.. report.Variants.Select(v => new VariantResults(v.Name, v.Weight, v.IsControl, v.Exposures, v.Raters, v.Impressions, v.Ratings,
                v.StarCounts, v.MeanStars, Pair(v.MeanStarsCi95), v.Positive, v.PositiveRate, Pair(v.PositiveRateCi95)))],
            [.. report.Comparisons.Select(c => new VariantComparison(c.Variant, c.Control, c.MeanDifference, c.Welch?.T, c.Welch?.DegreesOfFreedom,
                c.Welch?.PValue, c.PositiveRateDifference, c.TwoProportion?.Z, c.TwoProportion?.PValue, c.ProbabilityToBeatControl))],
            new SampleRatioResult(report.SampleRatio.Test?.ChiSquare, report.SampleRatio.Test?.DegreesOfFreedom, report.SampleRatio.Test?.PValue,
                report.SampleRatio.Mismatch, ExperimentReport.SampleRatioAlarm),
            new CoverageResult(view.Coverage?.Share, view.Coverage?.InExperiment, view.Coverage?.AllRaters),
            [.. (view.ListsWithPositive?.Variants ?? []).Select(v => new ListsWithPositiveResult(v.Variant, v.Trials, v.Successes, v.Rate, Pair(v.Ci95)))],
            [.. view.RatingsPerDay.Select(d => new DailyRatings(d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Variant, d.Count))],
            Utc(view.GeneratedAt)!.Value);
    }

    private static double[]? Pair(Interval? interval) => interval is { } i ? [i.Low, i.High] : null;

    private static DateTime? Utc(DateTime? time) => time is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;
}

internal sealed record VariantResults(
    string Name,
    double Weight,
    bool IsControl,
    [property: Description("Raters assigned to the variant.")] long Exposures,
    [property: Description("Raters who rated at least once.")] long Raters,
    long Impressions,
    long Ratings,
    [property: Description("How many ratings gave 1, 2, 3, 4 and 5 stars.")] IReadOnlyList<long> StarCounts,
    double? MeanStars,
    [property: Description("95% confidence interval of meanStars, [low, high].")] double[]? MeanStarsCi95,
    [property: Description("Ratings of 4 or 5 stars.")] long Positive,
    double? PositiveRate,
    [property: Description("95% Wilson interval of positiveRate, [low, high].")] double[]? PositiveRateCi95);

internal sealed record VariantComparison(
    string Variant,
    string Control,
    double? MeanDifference,
    double? WelchT,
    double? WelchDf,
    double? WelchP,
    double? PositiveRateDifference,
    double? TwoProportionZ,
    double? TwoProportionP,
    double? ProbabilityToBeatControl);

internal sealed record SampleRatioResult(
    double? ChiSquare,
    int? DegreesOfFreedom,
    double? P,
    [property: Description("True when p is below alarmBelow: assignment does not match the weights.")] bool Mismatch,
    double AlarmBelow);

internal sealed record DailyRatings([property: Description("yyyy-MM-dd (UTC).")] string Day, string Variant, long Ratings);

internal sealed record CoverageResult(
    [property: Description("Of the raters shown any list while the experiment ran, the share that was in it.")] double? Share,
    long? InExperiment,
    long? AllRaters);

internal sealed record ListsWithPositiveResult(
    string Variant,
    long Lists,
    [property: Description("Lists with at least one 4 or 5 star rating.")] long WithPositive,
    double? Share,
    [property: Description("95% Wilson interval of share, [low, high].")] double[]? ShareCi95);
