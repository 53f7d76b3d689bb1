namespace MusicRecommender.Domain.Experiments;

/// <summary>
/// Traffic coverage: of the raters who were shown any list while the experiment ran, the share
/// that was in it (assigned to a variant). Below 1 when lists reach raters outside the experiment.
/// </summary>
public sealed record TrafficCoverage(long InExperiment, long AllRaters)
{
    public double? Share => AllRaters > 0 ? Math.Min(1, (double)InExperiment / AllRaters) : null;
}
