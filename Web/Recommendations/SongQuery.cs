using MusicRecommender.Domain.Catalog;
using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Web.Recommendations;

/// <summary>How the listener named the song: exactly one of these is set.</summary>
public sealed record SongQuery(int? TrackId = null, string? SpotifyId = null, string? Text = null, AudioFeatures? Features = null);

/// <summary>The song recommendations are for, with the features that will be matched.</summary>
public sealed record ResolvedSong(int? TrackId, string? SpotifyId, string Title, string Artists, AudioFeatures Features, string Source);

public sealed record RecommendationOptions(TargetCatalog Catalog, int Top = 10, int NProbe = 1, bool Exact = false, ServedVariant? Variant = null);

public sealed record RecommendedItem(int Rank, int TrackId, string SpotifyId, string Title, string Artists, string? Genres, double Similarity, string SpotifyUrl, AudioFeatures Features, string Reason);

public sealed record RecommendationList(ResolvedSong Query, TargetCatalog Catalog, int ModelVersion, int ModelVersionId, int Cluster, IReadOnlyList<RecommendedItem> Items);

public enum RecommendationFailure
{
    SongNotFound,
    NoModel,

    /// <summary>The song is known (or its id is), but no source could give its audio features.</summary>
    FeaturesUnavailable,
}

/// <summary>Either a list or why there is none, with a message fit to show a listener.</summary>
public sealed record RecommendationOutcome(RecommendationList? List, RecommendationFailure? Failure, string? Message)
{
    /// <summary>Beside a list: which outside sources failed or refused before the one that served.</summary>
    public string? Notice { get; init; }

    /// <summary>The song as far as the live lookup could name it, when its features are unavailable.</summary>
    public Infrastructure.Lookup.SongInfo? Known { get; init; }

    public static RecommendationOutcome Success(RecommendationList list) => new(list, null, null);

    public static RecommendationOutcome Fail(RecommendationFailure failure, string message) => new(null, failure, message);
}
