using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Recommendations;

public enum RecommendationFailure
{
    SongNotFound,
    NoModel,

    /// <summary>The song is known (or its id is), but no source could give its audio features.</summary>
    FeaturesUnavailable,

    /// <summary>Several songs match the text equally well, and the caller asked to choose rather than take the best.</summary>
    MustChoose,
}
