namespace MusicRecommender.Web.Experiments;

/// <summary>Section "Experiments".</summary>
public sealed class ExperimentOptions
{
    public const string Section = "Experiments";

    /// <summary>
    /// Whether the default experiment (recommender-vs-random) starts running when the site creates
    /// it on first start. The test site turns it off so ranking tests see the model alone.
    /// </summary>
    public bool StartDefault { get; set; } = true;
}
