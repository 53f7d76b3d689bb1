using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Recommendations;

/// <summary>Either a list or why there is none, with a message fit to show a listener.</summary>
public sealed record RecommendationOutcome(RecommendationList? List, RecommendationFailure? Failure, string? Message)
{
    /// <summary>Beside a list: which outside sources failed or refused before the one that served.</summary>
    public string? Notice { get; init; }

    /// <summary>The song as far as the live lookup could name it, when its features are unavailable.</summary>
    public Infrastructure.Lookup.SongInfo? Known { get; init; }

    /// <summary>Other songs the text matched as well (with <see cref="RecommendationFailure.MustChoose"/>: every candidate, best first).</summary>
    public IReadOnlyList<SongChoice> Alternatives { get; init; } = [];

    public static RecommendationOutcome Success(RecommendationList list) => new(list, null, null);

    public static RecommendationOutcome Fail(RecommendationFailure failure, string message) => new(null, failure, message);
}
