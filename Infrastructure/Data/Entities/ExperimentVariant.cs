namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>One arm of an experiment: a recommender (see <c>RecommenderVariants</c>) and its share of raters.</summary>
public sealed class ExperimentVariant
{
    public int Id { get; set; }

    public int ExperimentId { get; set; }

    public required string Name { get; set; }

    /// <summary>Relative weight; the shares are the weights divided by their sum.</summary>
    public double Weight { get; set; }
}
