using Microsoft.AspNetCore.Http.HttpResults;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Web.Recommendations;
using MusicRecommender.Web.Security;

namespace MusicRecommender.Web.Api;

/// <summary><c>GET /api/recommendations</c>: the most similar tracks of a target catalog for one song.</summary>
internal static class RecommendationsApi
{
    private static readonly QueryParameter Catalog = QueryParameter.Choice("catalog", ["anime", "kpop"], 20, "The target catalog.", required: true);
    private static readonly QueryParameter Top = QueryParameter.Integer("top", 1, 100, "How many tracks.", defaultValue: 10);
    private static readonly QueryParameter NProbe = QueryParameter.Integer("nprobe", 1, 100,
        "How many nearest clusters to search (1 is the seeds' behaviour).", defaultValue: 1);
    private static readonly QueryParameter Exact = QueryParameter.Boolean("exact", false, "true to rank the whole catalog (a full scan) instead of clusters.");
    private static readonly QueryParameter TrackId = QueryParameter.Integer("trackId", 1, int.MaxValue, "The song by its local track id.");
    private static readonly QueryParameter SpotifyId = QueryParameter.Text("spotifyId", 64,
        "The song by its 22-character Spotify track id; looked up live when it is not in the catalog.");
    private static readonly QueryParameter Text = QueryParameter.Text("q", TrackSearch.MaxQueryLength,
        "Text, read by the site's one rule: a Spotify track or artist link, an artist named exactly so (\"Coldplay\" is the band), "
        + "\"title artist\", or a bare title (the best match; the others in query.alternatives). What the catalog does not have is looked up live.");
    private static readonly QueryParameter Artist = QueryParameter.Text("artist", TrackSearch.MaxQueryLength,
        "An artist by name: the list is for the mean of their songs' features (query.kind artist), none of their own songs recommended back.");
    private static readonly IReadOnlyList<QueryParameter> Features = [.. AudioFeatures.Definitions.Select(d =>
        QueryParameter.Number(d.Name, d.Min, d.Max, $"{d.Label}, {d.Min} to {d.Max}. The song by its sound: give all nine features."))];

    public static RouteGroupBuilder MapRecommendationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/recommendations", GetAsync).WithName("GetRecommendations").WithTags("Recommendations").RequireRateLimiting(RateLimits.Lists)
            .WithQuery([Catalog, Top, TrackId, SpotifyId, Text, Artist, .. Features, NProbe, Exact])
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Recommend tracks like a song or an artist")
            .WithDescription("Name the song with exactly one of `trackId`, `spotifyId`, `q`, `artist`, or all nine features. Without Spotify keys "
                + "a song or artist the catalog lacks is looked up through ReccoBeats (keyless) and stored, so the next search is local. Every list is stored as an "
                + "impression (rate it with POST /api/ratings) and sets the anonymous rater cookie. 404: the song is in neither the catalog nor "
                + "Spotify (`detail` says why), or no source has its features (title \"Audio features unavailable.\", extensions `source`: "
                + "`unavailable` and `song` when known). 503 (with Retry-After): no active model for the catalog, or too many lists waiting to be stored. "
                + "When the database cannot be written, the list is still served with `impressionId` null and a `notice`. An outside failure is never a 500.");
        return api;
    }

    private static async Task<Results<Ok<RecommendationsResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        HttpContext http, ShownRecommendations recommendations, CancellationToken cancellationToken)
    {
        var reader = new QueryReader(http);
        var (query, options) = Parse(reader);
        if (!reader.IsValid || query is null || options is null)
            return TypedResults.ValidationProblem(reader.Errors, title: "The request has invalid parameters.");

        var shown = await recommendations.ShowAsync(http, query, options, ShownRecommendations.ApiSource, cancellationToken: cancellationToken);
        if (shown.RetryAfter is { } wait) return RetryLater.Problem(http, wait, RetryLater.BusyTitle, RetryLater.BusyDetail);
        if (shown.Outcome.List is not { } list) return Problem(shown.Outcome);
        return TypedResults.Ok(RecommendationsResponse.From(list, shown.Outcome.Notice, shown.Impression, shown.Outcome.Alternatives, shown.Notice));
    }

    /// <summary>Outside failures end here as a 404 that says what happened, never as a 500.</summary>
    private static ProblemHttpResult Problem(RecommendationOutcome outcome) => outcome.Failure switch
    {
        RecommendationFailure.NoModel => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "No model is available."),
        RecommendationFailure.FeaturesUnavailable => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status404NotFound,
            title: "Audio features unavailable.", extensions: new Dictionary<string, object?>
            {
                ["source"] = "unavailable",
                ["song"] = outcome.Known is { } song ? new { spotifyId = song.SpotifyId, title = song.Title, artists = song.Artists } : null,
            }),
        _ => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status404NotFound, title: "Song not found."),
    };

    private static (SongQuery? Query, RecommendationOptions? Options) Parse(QueryReader reader)
    {
        var catalogText = reader.Text(Catalog);
        TargetCatalog catalog = default;
        if (catalogText is null && !reader.Has(Catalog)) reader.Add(Catalog.Name, "'catalog' is required: anime or kpop.");
        else if (catalogText is not null && !CatalogNames.TryParseTarget(catalogText, out catalog))
            reader.Add(Catalog.Name, $"Unknown catalog '{catalogText}': use anime or kpop.");
        var top = reader.Integer(Top);
        var nprobe = reader.Integer(NProbe);
        var exact = reader.Boolean(Exact);

        var trackId = reader.OptionalInteger(TrackId);
        var spotifyId = reader.Text(SpotifyId);
        if (spotifyId is not null && (spotifyId.Length != 22 || !spotifyId.All(char.IsAsciiLetterOrDigit)))
            reader.Add(SpotifyId.Name, "'spotifyId' must be a 22-character Spotify track id.");
        var text = reader.Text(Text);
        var artist = reader.Text(Artist);
        var features = ReadFeatures(reader);

        var given = new[] { reader.Has(TrackId), reader.Has(SpotifyId), reader.Has(Text), reader.Has(Artist), features.Given }.Count(g => g);
        if (given == 0) reader.Add("query", "Name the song with one of trackId, spotifyId, q, artist, or all nine features.");
        if (given > 1) reader.Add("query", "Give only one of trackId, spotifyId, q, artist, or the features; they conflict.");
        if (!reader.IsValid) return (null, null);
        return (new SongQuery(trackId, spotifyId, text, features.Value, artist), new RecommendationOptions(catalog, top, nprobe, exact));
    }

    private static (bool Given, AudioFeatures? Value) ReadFeatures(QueryReader reader)
    {
        var present = Features.Where(reader.Has).ToArray();
        if (present.Length == 0) return (false, null);
        var missing = Features.Where(f => !reader.Has(f)).Select(f => f.Name).ToArray();
        if (missing.Length > 0) reader.Add("features", $"All nine features are needed; missing: {string.Join(", ", missing)}.");
        var values = Features.Select(f => reader.Number(f) ?? double.NaN).ToArray();
        return (true, missing.Length == 0 && values.All(double.IsFinite) ? AudioFeatures.FromArray(values) : null);
    }

    internal static IReadOnlyList<SimilarArtistResponse> SimilarArtistsJson(IReadOnlyList<SimilarArtist> artists) =>
        [.. artists.Select(a => new SimilarArtistResponse(a.Name, a.BestTrackId, a.BestTitle, Math.Round(a.Similarity, 6), a.Picks))];

    internal static IReadOnlyList<RecommendedTrack> ItemsJson(IReadOnlyList<RecommendedItem> items) =>
        [.. items.Select(i => new RecommendedTrack(i.Rank, i.TrackId, i.SpotifyId, i.Title, i.Artists, i.Album, i.Year, i.Genres,
            Math.Round(i.Similarity, 6), i.SpotifyUrl, i.Reason, i.SongId,
            [.. i.OtherVersions.Select(v => new RecommendedVersion(v.TrackId, v.SpotifyId, v.Title, v.Album, v.Year, v.SpotifyUrl))]))];

    internal static Dictionary<string, double> FeaturesJson(AudioFeatures features) =>
        AudioFeatures.Names.Select((name, i) => (name, features[i])).ToDictionary(p => p.name, p => p.Item2);
}
