namespace MusicRecommender.Web.Recommendations;

/// <summary>A list as shown: its impression id, the variant it came from, and the stars already given to its items.</summary>
public sealed record ShownImpression(Guid Id, string? Experiment, string Variant, IReadOnlyDictionary<int, int> Stars);
