using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Writes;

/// <summary>What one shown list writes: the search, the impression (when there is a list), the first exposure to an experiment.</summary>
public sealed record ShownListRows(SearchEvent? Search, Impression? Impression, ExperimentAssignment? Assignment);
