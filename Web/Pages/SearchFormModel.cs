using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Web.Pages;

/// <summary>What the shared search form shows: the current text and target catalog; compact above results (one row, the label for screen readers).</summary>
public sealed record SearchFormModel(string? Query, TargetCatalog Catalog, bool Compact = false);
