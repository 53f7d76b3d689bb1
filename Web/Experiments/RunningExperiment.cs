using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Experiments;

/// <summary>The active experiment as assignment needs it: variants in a stable order (by name).</summary>
public sealed record RunningExperiment(int Id, string Name, string ControlVariant, IReadOnlyList<WeightedVariant> Variants);
