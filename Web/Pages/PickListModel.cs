using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Pages;

/// <summary>
/// A list of picks as every listener page shows it (<c>_PickList</c>): the same elements for each
/// pick whichever recommender drew it. <c>QueryLabel</c> names the query in "Compare features".
/// </summary>
public sealed record PickListModel(RecommendationList List, ShownImpression? Impression, string QueryLabel)
{
    /// <summary>"Compare features" of each pick against the query.</summary>
    public FeatureBars Bars { get; } = new(List.Query.Features, QueryLabel);
}
