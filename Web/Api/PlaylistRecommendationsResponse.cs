using System.ComponentModel;

namespace MusicRecommender.Web.Api;

/// <summary>A list for a playlist as a whole, stored as an impression whose items can be rated.</summary>
internal sealed record PlaylistRecommendationsResponse(
    PlaylistSummaryResponse Playlist,
    [property: Description("Best first, by cosine similarity; none of them is in the playlist.")] IReadOnlyList<RecommendedTrack> Items,
    [property: Description("The impression to rate its items with (POST /api/ratings).")] Guid? ImpressionId,
    [property: Description("model, random or exact (see docs/experiments.md).")] string? Variant,
    [property: Description("The running experiment, or null when none runs.")] string? Experiment,
    [property: Description("anime or kpop.")] string Catalog,
    int ModelVersion,
    [property: Description("\"Artists like this\": the target catalog's artists ranked by their best pick for the playlist.")] IReadOnlyList<SimilarArtistResponse> SimilarArtists);
