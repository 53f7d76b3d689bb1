using System.Globalization;
using MusicRecommender.Pipeline.Retraining;

namespace MusicRecommender.Web.Retraining;

/// <summary>How the Jobs page words durations and the feedback comparison.</summary>
public static class JobsText
{
    public static string Duration(TimeSpan? span) => span switch
    {
        null => "–",
        { TotalSeconds: < 60 } s => s.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s",
        { } s => $"{(int)s.TotalMinutes} min {s.Seconds} s",
    };

    public static string Stars(double? mean) => mean is { } m ? m.ToString("0.00", CultureInfo.InvariantCulture) + "★" : "–";

    /// <summary>"3 of 12 rated picks kept, 4.33★ (active v2: 5 kept, 3.80★)".</summary>
    public static string Feedback(FeedbackReport? report)
    {
        if (report is null) return "–";
        if (report.RatedItems == 0) return "no ratings yet";
        var text = $"{report.Candidate.Kept} of {report.RatedItems} rated pick{(report.RatedItems == 1 ? "" : "s")} kept, {Stars(report.Candidate.MeanStars)}";
        return report.Active is { } a ? text + $" (active v{a.ModelVersion}: {a.Kept} kept, {Stars(a.MeanStars)})" : text;
    }
}
