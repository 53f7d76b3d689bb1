using System.ComponentModel;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Api;

/// <summary>A recommendation list, stored as an impression whose items can be rated.</summary>
internal sealed record RecommendationsResponse(
    [property: Description("The impression to rate its items with (POST /api/ratings); null while ratings are paused (see notice).")] Guid? ImpressionId,
    [property: Description("Null, or why the list has no impression: ratings are paused while the database cannot be written.")] string? Notice,
    [property: Description("The running experiment, or null when none runs.")] string? Experiment,
    [property: Description("model, random or exact (see docs/experiments.md).")] string? Variant,
    RecommendationQuery Query,
    [property: Description("anime or kpop.")] string Catalog,
    int ModelVersion,
    [property: Description("The query's nearest cluster.")] int Cluster,
    [property: Description("Best first, by cosine similarity; the query song itself is never recommended back.")] IReadOnlyList<RecommendedTrack> Items)
{
    /// <param name="storageNotice">Why there is no impression (ratings paused), beside a list that is still served.</param>
    public static RecommendationsResponse From(RecommendationList list, string? notice = null, ShownImpression? impression = null, string? storageNotice = null) => new(
        impression?.Id,
        storageNotice,
        impression?.Experiment,
        impression?.Variant,
        new RecommendationQuery(list.Query.TrackId, list.Query.SpotifyId, list.Query.Title, list.Query.Artists,
            RecommendationsApi.FeaturesJson(list.Query.Features), list.Query.Source, notice),
        list.Catalog.Name(),
        list.ModelVersion,
        list.Cluster,
        [.. list.Items.Select(i => new RecommendedTrack(i.Rank, i.TrackId, i.SpotifyId, i.Title, i.Artists, i.Genres,
            Math.Round(i.Similarity, 6), i.SpotifyUrl, i.Reason))]);
}

/// <summary>The song the list is for, as it was resolved.</summary>
internal sealed record RecommendationQuery(
    [property: Description("The track it is stored under; null when it could not be stored.")] int? TrackId,
    string? SpotifyId,
    string Title,
    string Artists,
    [property: Description("The nine audio features by name.")] Dictionary<string, double> Features,
    [property: Description("Where the features came from: local, spotify, reccobeats or features (given in the request).")] string Source,
    [property: Description("Null, or what failed before the source that served (e.g. Spotify's 403 on audio-features).")] string? Notice);

internal sealed record RecommendedTrack(
    int Rank,
    int TrackId,
    string SpotifyId,
    string Title,
    string Artists,
    string? Genres,
    [property: Description("Cosine similarity to the query in the model's feature space, rounded to 6 places.")] double Similarity,
    string SpotifyUrl,
    [property: Description("Why it was picked, in a sentence.")] string Reason);
