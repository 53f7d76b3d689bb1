using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Web.Playlists;
using MusicRecommender.Web.Recommendations;

using MusicRecommender.Web.Security;

namespace MusicRecommender.Web.Api;

/// <summary>
/// <c>POST /api/playlists/recommendations</c>: a playlist export as the body, one list for the playlist
/// as a whole. State-changing (it stores an impression and found songs), so it needs the antiforgery
/// header like <c>POST /api/ratings</c> (docs/api.md).
/// </summary>
internal static class PlaylistsApi
{
    private static readonly QueryParameter Catalog = QueryParameter.Choice("catalog", ["anime", "kpop"], 20, "The target catalog.", required: true);
    private static readonly QueryParameter Top = QueryParameter.Integer("top", 1, 100, "How many tracks.", defaultValue: 10);

    public static RouteGroupBuilder MapPlaylistsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/playlists/recommendations", RecommendAsync).WithName("PostPlaylistRecommendations").WithTags("Recommendations")
            .RequireRateLimiting(RateLimits.Lists)
            .WithQuery([Catalog, Top])
            .WithAntiforgeryHeader()
            .WithPlaylistBody()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Recommend tracks for a playlist as a whole")
            .WithDescription("The body is the playlist export: an Exportify CSV (either layout, with or without the audio-feature columns), JSON "
                + "`{\"spotifyIds\": […]}`, Spotify track links one per line (or a Spotify playlist link when the site has Spotify keys), or any of "
                + "these as the first file (else the `playlist` field) of a form. Features come from the file, then the catalog, then live; songs "
                + "found live are stored. The list is spread over the clusters the playlist covers, in proportion, and holds none of its songs. "
                + "400 (nothing stored): no or a wrong antiforgery token, bad parameters, an empty, binary, header-less or oversized body "
                + "(`Playlists:MaxBytes`, `Playlists:MaxRows`), `detail` naming the problem. 404: no song of the playlist could be used "
                + "(extension `playlist` says why for each). 503 (with Retry-After): no active model, or too many lists waiting to be stored. "
                + "When the database cannot be written, the list is still served with `impressionId` null.");
        return api;
    }

    private static async Task<Results<Ok<PlaylistRecommendationsResponse>, ValidationProblem, ProblemHttpResult>> RecommendAsync(
        HttpContext http, IAntiforgery antiforgery, PlaylistSeeds seeds, ShownRecommendations recommendations, IOptions<PlaylistOptions> options,
        CancellationToken cancellationToken)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem(
                "Send the token from GET /api/antiforgery/token in the X-XSRF-TOKEN header, with the cookie that request set.",
                statusCode: StatusCodes.Status400BadRequest, title: "Missing or invalid antiforgery token.");
        }

        var reader = new QueryReader(http);
        var catalogText = reader.Text(Catalog);
        TargetCatalog catalog = default;
        if (catalogText is null && !reader.Has(Catalog)) reader.Add(Catalog.Name, "'catalog' is required: anime or kpop.");
        else if (catalogText is not null && !CatalogNames.TryParseTarget(catalogText, out catalog))
            reader.Add(Catalog.Name, $"Unknown catalog '{catalogText}': use anime or kpop.");
        var top = reader.Integer(Top);
        if (!reader.IsValid) return TypedResults.ValidationProblem(reader.Errors, title: "The request has invalid parameters.");

        var (body, contentType) = await ReadBodyAsync(http, options.Value.MaxBytes, cancellationToken);
        if (body is null) return Unreadable(PlaylistBody.TooLarge(options.Value.MaxBytes));
        var playlist = await seeds.BuildAsync(body, contentType, cancellationToken);
        if (playlist.Unreadable) return Unreadable(playlist.Problem!);
        if (playlist.Seed is not { } seed)
        {
            return TypedResults.Problem(playlist.Problem, statusCode: StatusCodes.Status404NotFound, title: "No song of the playlist could be used.",
                extensions: new Dictionary<string, object?> { ["playlist"] = playlist.Summary is { } s ? PlaylistSummaryResponse.From(s) : null });
        }

        var shown = await recommendations.ShowAsync(http, new SongQuery(Seed: seed), new RecommendationOptions(catalog, top),
            ShownRecommendations.ApiSource, cancellationToken: cancellationToken);
        if (shown.RetryAfter is { } wait) return RetryLater.Problem(http, wait, RetryLater.BusyTitle, RetryLater.BusyDetail);
        var (outcome, impression) = (shown.Outcome, shown.Impression);
        if (outcome.List is not { } list)
            return TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "No model is available.");
        return TypedResults.Ok(new PlaylistRecommendationsResponse(
            PlaylistSummaryResponse.From(playlist.Summary!),
            RecommendationsApi.ItemsJson(list.Items),
            impression?.Id,
            impression?.Variant,
            impression?.Experiment,
            list.Catalog.Name(),
            list.ModelVersion,
            RecommendationsApi.SimilarArtistsJson(list.SimilarArtists)));
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

    private static ProblemHttpResult Unreadable(string problem) =>
        TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "The playlist could not be read.");
}
