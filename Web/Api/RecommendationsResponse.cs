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
    [property: Description("\"Artists like this\": the target catalog's artists ranked by their best pick for the query.")] IReadOnlyList<SimilarArtistResponse> SimilarArtists,
    [property: Description("Best first, by cosine similarity; the query song (or the artist's own songs) never recommended back.")] IReadOnlyList<RecommendedTrack> Items)
{
    /// <param name="storageNotice">Why there is no impression (ratings paused), beside a list that is still served.</param>
    public static RecommendationsResponse From(
        RecommendationList list, string? notice = null, ShownImpression? impression = null, IReadOnlyList<SongChoice>? alternatives = null,
        string? storageNotice = null) => new(
        impression?.Id,
        storageNotice,
        impression?.Experiment,
        impression?.Variant,
        new RecommendationQuery(list.Query.Kind == SeedKind.Artist ? "artist" : "track", list.Query.TrackId, list.Query.SpotifyId, list.Query.Title, list.Query.Artists,
            RecommendationsApi.FeaturesJson(list.Query.Features), list.Query.Source, notice,
            [.. (alternatives ?? []).Select(a => new AlternativeSong(a.TrackId, a.SpotifyId, a.Title, a.Artists))]),
        list.Catalog.Name(),
        list.ModelVersion,
        list.Cluster,
        RecommendationsApi.SimilarArtistsJson(list.SimilarArtists),
        RecommendationsApi.ItemsJson(list.Items));
}

/// <summary>The song (or artist) the list is for, as it was resolved.</summary>
internal sealed record RecommendationQuery(
    [property: Description("track, or artist when the list is for an artist (artist=, or q naming one).")] string Kind,
    [property: Description("The track it is stored under; null when it could not be stored, and for an artist.")] int? TrackId,
    [property: Description("Null for an artist.")] string? SpotifyId,
    [property: Description("Empty for an artist.")] string Title,
    [property: Description("The song's artists, or the artist's name.")] string Artists,
    [property: Description("The nine audio features by name.")] Dictionary<string, double> Features,
    [property: Description("Where the features came from: local, spotify, reccobeats or features (given in the request).")] string Source,
    [property: Description("Null, or what failed before the source that served (e.g. Spotify's 403 on audio-features).")] string? Notice,
    [property: Description("The other songs the text matches as well as the one taken; empty when the match is unique.")] IReadOnlyList<AlternativeSong> Alternatives);

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
