using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Api;

/// <summary><c>GET /api/recommendations</c>: docs/api.md has the contract.</summary>
internal static class RecommendationsApi
{
    public static RouteGroupBuilder MapRecommendationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/recommendations", GetAsync).WithName("GetRecommendations");
        return api;
    }

    private static async Task<IResult> GetAsync(HttpContext http, ShownRecommendations recommendations, CancellationToken cancellationToken)
    {
        var reader = new QueryReader(http.Request.Query);
        var (query, options) = Parse(reader);
        if (!reader.IsValid || query is null || options is null)
            return Results.ValidationProblem(reader.Errors, title: "The request has invalid parameters.");

        var (outcome, impression) = await recommendations.ShowAsync(http, query, options, ShownRecommendations.ApiSource, cancellationToken: cancellationToken);
        if (outcome.List is not { } list) return Problem(outcome);
        return Results.Ok(ToResponse(list, outcome.Notice, impression));
    }

    /// <summary>Outside failures end here as a 404 that says what happened, never as a 500.</summary>
    private static IResult Problem(RecommendationOutcome outcome) => outcome.Failure switch
    {
        RecommendationFailure.NoModel => Results.Problem(outcome.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "No model is available."),
        RecommendationFailure.FeaturesUnavailable => Results.Problem(outcome.Message, statusCode: StatusCodes.Status404NotFound,
            title: "Audio features unavailable.", extensions: new Dictionary<string, object?>
            {
                ["source"] = "unavailable",
                ["song"] = outcome.Known is { } song ? new { spotifyId = song.SpotifyId, title = song.Title, artists = song.Artists } : null,
            }),
        _ => Results.Problem(outcome.Message, statusCode: StatusCodes.Status404NotFound, title: "Song not found."),
    };

    internal static (SongQuery? Query, RecommendationOptions? Options) Parse(QueryReader reader)
    {
        var catalogText = reader.Text("catalog", 20);
        TargetCatalog catalog = default;
        if (catalogText is null && !reader.Has("catalog")) reader.Add("catalog", "'catalog' is required: anime or kpop.");
        else if (catalogText is not null && !CatalogNames.TryParseTarget(catalogText, out catalog))
            reader.Add("catalog", $"Unknown catalog '{catalogText}': use anime or kpop.");
        var top = reader.Integer("top", 1, 100) ?? 10;
        var nprobe = reader.Integer("nprobe", 1, 100) ?? 1;
        var exact = reader.Boolean("exact") ?? false;

        var trackId = reader.Integer("trackId", 1, int.MaxValue);
        var spotifyId = reader.Text("spotifyId", 64);
        if (spotifyId is not null && (spotifyId.Length != 22 || !spotifyId.All(char.IsAsciiLetterOrDigit)))
            reader.Add("spotifyId", "'spotifyId' must be a 22-character Spotify track id.");
        var text = reader.Text("q", TrackSearch.MaxQueryLength);
        var features = ReadFeatures(reader);

        var given = new[] { reader.Has("trackId"), reader.Has("spotifyId"), reader.Has("q"), features.Given }.Count(g => g);
        if (given == 0) reader.Add("query", "Name the song with one of trackId, spotifyId, q, or all nine features.");
        if (given > 1) reader.Add("query", "Give only one of trackId, spotifyId, q, or the features; they conflict.");
        if (!reader.IsValid) return (null, null);
        return (new SongQuery(trackId, spotifyId, text, features.Value), new RecommendationOptions(catalog, top, nprobe, exact));
    }

    private static (bool Given, AudioFeatures? Value) ReadFeatures(QueryReader reader)
    {
        var present = AudioFeatures.Definitions.Where(d => reader.Has(d.Name)).ToArray();
        if (present.Length == 0) return (false, null);
        var missing = AudioFeatures.Definitions.Where(d => !reader.Has(d.Name)).Select(d => d.Name).ToArray();
        if (missing.Length > 0) reader.Add("features", $"All nine features are needed; missing: {string.Join(", ", missing)}.");
        var values = AudioFeatures.Definitions.Select(d => reader.Number(d.Name, d.Min, d.Max) ?? double.NaN).ToArray();
        return (true, missing.Length == 0 && values.All(double.IsFinite) ? AudioFeatures.FromArray(values) : null);
    }

    internal static object ToResponse(RecommendationList list, string? notice = null, ShownImpression? impression = null) => new
    {
        impressionId = impression?.Id,
        experiment = impression?.Experiment,
        variant = impression?.Variant,
        query = new
        {
            trackId = list.Query.TrackId,
            spotifyId = list.Query.SpotifyId,
            title = list.Query.Title,
            artists = list.Query.Artists,
            features = FeaturesJson(list.Query.Features),
            source = list.Query.Source,
            notice,
        },
        catalog = list.Catalog.Name(),
        modelVersion = list.ModelVersion,
        cluster = list.Cluster,
        items = list.Items.Select(i => new
        {
            rank = i.Rank,
            trackId = i.TrackId,
            spotifyId = i.SpotifyId,
            title = i.Title,
            artists = i.Artists,
            album = i.Album,
            year = i.Year,
            genres = i.Genres,
            similarity = Math.Round(i.Similarity, 6),
            spotifyUrl = i.SpotifyUrl,
            reason = i.Reason,
            songId = i.SongId,
            // The song's other versions in the catalog: the list shows each song once.
            versions = i.OtherVersions.Select(v => new { trackId = v.TrackId, spotifyId = v.SpotifyId, title = v.Title, album = v.Album, year = v.Year, spotifyUrl = v.SpotifyUrl }),
        }),
    };

    internal static Dictionary<string, double> FeaturesJson(AudioFeatures features) =>
        AudioFeatures.Names.Select((name, i) => (name, features[i])).ToDictionary(p => p.name, p => p.Item2);
}
