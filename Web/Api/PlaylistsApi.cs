using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Web.Playlists;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Api;

/// <summary>
/// <c>POST /api/playlists/recommendations</c>: a playlist export as the body, one list for the playlist
/// as a whole. State-changing (it stores an impression and found songs), so it needs the antiforgery
/// header like <c>POST /api/ratings</c> (docs/api.md).
/// </summary>
internal static class PlaylistsApi
{
    public static RouteGroupBuilder MapPlaylistsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/playlists/recommendations", RecommendAsync).WithName("PostPlaylistRecommendations");
        return api;
    }

    private static async Task<IResult> RecommendAsync(
        HttpContext http, IAntiforgery antiforgery, PlaylistSeeds seeds, ShownRecommendations recommendations, IOptions<PlaylistOptions> options,
        CancellationToken cancellationToken)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Problem(
                "Send the token from GET /api/antiforgery/token in the X-XSRF-TOKEN header, with the cookie that request set.",
                statusCode: StatusCodes.Status400BadRequest, title: "Missing or invalid antiforgery token.");
        }

        var reader = new QueryReader(http.Request.Query);
        var catalogText = reader.Text("catalog", 20);
        TargetCatalog catalog = default;
        if (catalogText is null && !reader.Has("catalog")) reader.Add("catalog", "'catalog' is required: anime or kpop.");
        else if (catalogText is not null && !CatalogNames.TryParseTarget(catalogText, out catalog))
            reader.Add("catalog", $"Unknown catalog '{catalogText}': use anime or kpop.");
        var top = reader.Integer("top", 1, 100) ?? 10;
        if (!reader.IsValid) return Results.ValidationProblem(reader.Errors, title: "The request has invalid parameters.");

        var (body, contentType) = await ReadBodyAsync(http, options.Value.MaxBytes, cancellationToken);
        if (body is null) return Unreadable(PlaylistBody.TooLarge(options.Value.MaxBytes));
        var playlist = await seeds.BuildAsync(body, contentType, cancellationToken);
        if (playlist.Unreadable) return Unreadable(playlist.Problem!);
        if (playlist.Seed is not { } seed)
        {
            return Results.Problem(playlist.Problem, statusCode: StatusCodes.Status404NotFound, title: "No song of the playlist could be used.",
                extensions: new Dictionary<string, object?> { ["playlist"] = playlist.Summary is { } s ? SummaryJson(s) : null });
        }

        var (outcome, impression) = await recommendations.ShowAsync(http, new SongQuery(Seed: seed), new RecommendationOptions(catalog, top),
            ShownRecommendations.ApiSource, cancellationToken: cancellationToken);
        if (outcome.List is not { } list)
            return Results.Problem(outcome.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "No model is available.");
        return Results.Ok(new
        {
            playlist = SummaryJson(playlist.Summary!),
            items = RecommendationsApi.ItemsJson(list.Items),
            impressionId = impression?.Id,
            variant = impression?.Variant,
            experiment = impression?.Experiment,
            catalog = list.Catalog.Name(),
            modelVersion = list.ModelVersion,
            similarArtists = RecommendationsApi.SimilarArtistsJson(list.SimilarArtists),
        });
    }

    /// <summary>The raw body (CSV, text or JSON), or the first file (else the "playlist" field) of a form; null when over the limit.</summary>
    private static async Task<(byte[]? Body, string? ContentType)> ReadBodyAsync(HttpContext http, int maxBytes, CancellationToken cancellationToken)
    {
        var request = http.Request;
        if (!request.HasFormContentType) return (await PlaylistBody.ReadAsync(request.Body, request.ContentLength, maxBytes, cancellationToken), request.ContentType);
        if (request.ContentLength > maxBytes) return (null, null);
        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.Count > 0)
        {
            await using var stream = form.Files[0].OpenReadStream();
            return (await PlaylistBody.ReadAsync(stream, form.Files[0].Length, maxBytes, cancellationToken), form.Files[0].ContentType);
        }
        var text = form["playlist"].ToString();
        return (System.Text.Encoding.UTF8.GetBytes(text), "text/plain");
    }

    private static object SummaryJson(PlaylistSummary summary) => new
    {
        tracks = summary.Tracks,
        matched = summary.Matched,
        unmatched = summary.Unmatched.Select(u => new { row = u.Row, title = u.Title, artists = u.Artists, reason = u.Reason }),
    };

    private static IResult Unreadable(string problem) =>
        Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "The playlist could not be read.");
}
