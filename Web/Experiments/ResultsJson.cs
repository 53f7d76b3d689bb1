using System.Globalization;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Experiments;

/// <summary>The JSON shapes of the admin API (docs/api.md); the dashboard's charts read the same.</summary>
public static class ResultsJson
{
    public static object From(ExperimentResultsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (experiment, report) = (view.Experiment, view.Report);
        return new
        {
            experiment = experiment.Name,
            description = experiment.Description,
            active = experiment.IsActive,
            startedAt = Utc(experiment.StartedAt),
            stoppedAt = Utc(experiment.StoppedAt),
            control = report.Control,
            enoughData = report.EnoughData,
            minimumRatingsPerVariant = report.MinimumRatingsPerVariant,
            variants = report.Variants.Select(v => new
            {
                name = v.Name,
                weight = v.Weight,
                isControl = v.IsControl,
                exposures = v.Exposures,
                raters = v.Raters,
                impressions = v.Impressions,
                ratings = v.Ratings,
                starCounts = v.StarCounts,
                meanStars = v.MeanStars,
                meanStarsCi95 = Pair(v.MeanStarsCi95),
                positive = v.Positive,
                positiveRate = v.PositiveRate,
                positiveRateCi95 = Pair(v.PositiveRateCi95),
            }),
            comparisons = report.Comparisons.Select(c => new
            {
                variant = c.Variant,
                control = c.Control,
                meanDifference = c.MeanDifference,
                welchT = c.Welch?.T,
                welchDf = c.Welch?.DegreesOfFreedom,
                welchP = c.Welch?.PValue,
                positiveRateDifference = c.PositiveRateDifference,
                twoProportionZ = c.TwoProportion?.Z,
                twoProportionP = c.TwoProportion?.PValue,
                probabilityToBeatControl = c.ProbabilityToBeatControl,
            }),
            sampleRatio = new
            {
                chiSquare = report.SampleRatio.Test?.ChiSquare,
                degreesOfFreedom = report.SampleRatio.Test?.DegreesOfFreedom,
                p = report.SampleRatio.Test?.PValue,
                mismatch = report.SampleRatio.Mismatch,
                alarmBelow = ExperimentReport.SampleRatioAlarm,
            },
            coverage = new { share = view.Coverage?.Share, inExperiment = view.Coverage?.InExperiment, allRaters = view.Coverage?.AllRaters },
            listsWithPositive = view.ListsWithPositive?.Variants.Select(v => new
            {
                variant = v.Variant,
                lists = v.Trials,
                withPositive = v.Successes,
                share = v.Rate,
                shareCi95 = Pair(v.Ci95),
            }),
            ratingsPerDay = view.RatingsPerDay.Select(d => new { day = d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), variant = d.Variant, ratings = d.Count }),
            generatedAt = Utc(view.GeneratedAt),
        };
    }

    private static double[]? Pair(Interval? interval) => interval is { } i ? [i.Low, i.High] : null;

    private static DateTime? Utc(DateTime? time) => time is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;
}
