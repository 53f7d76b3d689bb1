namespace MusicRecommender.Domain.Experiments;

/// <summary>The recommenders an experiment can put against each other, by variant name.</summary>
public static class RecommenderVariants
{
    /// <summary>The product: nearest k-means cluster, then cosine top-N.</summary>
    public const string Model = "model";

    /// <summary>The control: random tracks of the same catalog (the K-pop seed's planned baseline).</summary>
    public const string Random = "random";

    /// <summary>Cosine top-N over the whole catalog, without clusters.</summary>
    public const string Exact = "exact";

    public static IReadOnlyList<string> All { get; } = [Model, Random, Exact];

    public static bool IsKnown(string? name) => name is not null && All.Contains(name, StringComparer.Ordinal);

    public static string Describe(string name) => name switch
    {
        Model => "cluster + cosine (the recommender)",
        Random => "random tracks of the same catalog",
        Exact => "cosine over the whole catalog, no clusters",
        _ => "unknown recommender",
    };
}
