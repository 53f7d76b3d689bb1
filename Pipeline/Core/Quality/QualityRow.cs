using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Pipeline.Quality;

/// <summary>The figures of one catalog and arm, with the lists they were measured on.</summary>
public sealed record QualityRow(string Catalog, string Arm, QualityFigures Figures, IReadOnlyList<IReadOnlyList<QualityItem>> Lists);
