using System.ComponentModel;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Api;

/// <summary>A recommendation list, stored as an impression whose items can be rated.</summary>
internal sealed record RecommendationsResponse(
    [property: Description("The impression to rate its items with (POST /api/ratings).")] Guid? ImpressionId,
    [property: Description("The running experiment, or null when none runs.")] string? Experiment,
    [property: Description("model, random or exact (see docs/experiments.md).")] string? Variant,
    RecommendationQuery Query,
    [property: Description("anime or kpop.")] string Catalog,
    int ModelVersion,
    [property: Description("The query's nearest cluster.")] int Cluster,
    [property: Description("Best first, by cosine similarity; the query song itself is never recommended back.")] IReadOnlyList<RecommendedTrack> Items)
{
    public static RecommendationsResponse From(RecommendationList list, string? notice = null, ShownImpression? impression = null) => new(
        impression?.Id,
        impression?.Experiment,
        impression?.Variant,
        new RecommendationQuery(list.Query.TrackId, list.Query.SpotifyId, list.Query.Title, list.Query.Artists,
            RecommendationsApi.FeaturesJson(list.Query.Features), list.Query.Source, notice),
        list.Catalog.Name(),
        list.ModelVersion,
        list.Cluster,
        [.. list.Items.Select(i => new RecommendedTrack(i.Rank, i.TrackId, i.SpotifyId, i.Title, i.Artists, i.Album, i.Year, i.Genres,
            Math.Round(i.Similarity, 6), i.SpotifyUrl, i.Reason, i.SongId,
            [.. i.OtherVersions.Select(v => new RecommendedVersion(v.TrackId, v.SpotifyId, v.Title, v.Album, v.Year, v.SpotifyUrl))]))]);
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
    [property: Description("Display names; \"Unknown artist\" when none is known, never a slug.")] string Artists,
    string? Album,
    [property: Description("The release year, where known.")] int? Year,
    string? Genres,
    [property: Description("Cosine similarity to the query in the model's feature space, rounded to 6 places.")] double Similarity,
    string SpotifyUrl,
    [property: Description("Why it was picked, in a sentence.")] string Reason,
    [property: Description("The song this track is a version of: a list shows each song once.")] int SongId,
    [property: Description("The song's other versions in the catalog (\"2 more versions\").")] IReadOnlyList<RecommendedVersion> Versions);
