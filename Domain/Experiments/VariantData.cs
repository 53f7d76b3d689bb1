namespace MusicRecommender.Domain.Experiments;

/// <summary>What the database knows about one variant: its planned weight and what happened.</summary>
public sealed record VariantData(string Name, double Weight, long Exposures, long Raters, long Impressions, StarSample Stars);
