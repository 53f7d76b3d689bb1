using MusicRecommender.Infrastructure.Lookup;

namespace MusicRecommender.Web.Recommendations;

/// <summary>The song a query names, with its features, or why there is none (a message fit to show).</summary>
public sealed record SongResolution(ResolvedSong? Song, RecommendationFailure? Failure, string? Message)
{
    /// <summary>Beside a found song: which outside sources failed or refused before the one that served.</summary>
    public string? Notice { get; init; }

    /// <summary>The song as far as the live lookup could name it, when its features are unavailable.</summary>
    public SongInfo? Known { get; init; }

    /// <summary>Other songs the text matches as well as the one found; empty when the match is unique.</summary>
    public IReadOnlyList<SongChoice> Alternatives { get; init; } = [];

    /// <summary>Several songs match and none is clearly the one meant: the page asks, the API takes <see cref="Song"/>.</summary>
    public bool Ambiguous { get; init; }

    public static SongResolution Found(ResolvedSong song, string? notice = null) => new(song, null, null) { Notice = notice };

    public static SongResolution NotFound(string message) => new(null, RecommendationFailure.SongNotFound, message);

    public static SongResolution Unavailable(SongInfo? known, string message) =>
        new(null, RecommendationFailure.FeaturesUnavailable, message) { Known = known };
}
