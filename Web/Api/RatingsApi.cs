using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Web.Ratings;
using MusicRecommender.Web.Security;

namespace MusicRecommender.Web.Api;

/// <summary>
/// <c>GET /api/antiforgery/token</c> and <c>POST /api/ratings</c>. The POST needs the token in the
/// <c>X-XSRF-TOKEN</c> header plus the antiforgery cookie the GET set (docs/api.md).
/// </summary>
internal static class RatingsApi
{
    public static RouteGroupBuilder MapRatingsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/antiforgery/token", GetToken).WithName("GetAntiforgeryToken");
        api.MapPost("/ratings", RateAsync).WithName("PostRating").RequireRateLimiting(RateLimits.Writes);
        return api;
    }

    private static IResult GetToken(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return Results.Ok(new { token = tokens.RequestToken, headerName = tokens.HeaderName });
    }

    private static async Task<IResult> RateAsync(HttpContext http, IAntiforgery antiforgery, RatingService ratings, StorageHealth storage, CancellationToken cancellationToken)
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

        RatingRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<RatingRequest>(cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return Results.Problem("Send JSON like {\"impressionId\": \"...\", \"trackId\": 123, \"stars\": 4}.",
                statusCode: StatusCodes.Status400BadRequest, title: "The body is not a rating.");
        }

        var errors = new Dictionary<string, string[]>();
        if (!Guid.TryParse(request?.ImpressionId, out var impressionId)) errors["impressionId"] = ["'impressionId' is required: the id from the recommendations response."];
        if (request?.TrackId is not > 0) errors["trackId"] = ["'trackId' is required: a track of that impression."];
        if (request?.Stars is not (>= StarSample.MinStars and <= StarSample.MaxStars)) errors["stars"] = ["'stars' must be a whole number from 1 to 5."];
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The rating is not valid.");

        var rater = RaterCookie.Resolve(http, issue: false);
        var outcome = rater is null
            ? new RatingOutcome(RatingProblem.UnknownImpression)
            : await ratings.RateAsync(rater, impressionId, request!.TrackId!.Value, request.Stars!.Value, cancellationToken);
        return outcome.Problem switch
        {
            RatingProblem.UnknownImpression => Results.Problem(
                "No impression with that id was shown to you (this client's rater cookie).",
                statusCode: StatusCodes.Status404NotFound, title: "Impression not found."),
            RatingProblem.StorageUnavailable => RetryLater.Problem(http, storage.RetryAfter, RetryLater.PausedTitle, RetryLater.PausedDetail),
            RatingProblem.NotInImpression => Results.ValidationProblem(
                new Dictionary<string, string[]> { ["trackId"] = [$"Track {request!.TrackId} was not in this impression."] },
                title: "The rating is not valid."),
            _ => Results.Ok(new
            {
                impressionId,
                trackId = request!.TrackId,
                rank = outcome.Rank,
                stars = outcome.Stars,
                saved = true,
                savedAt = DateTime.SpecifyKind(outcome.SavedAt, DateTimeKind.Utc),
            }),
        };
    }

    private sealed record RatingRequest(string? ImpressionId, int? TrackId, int? Stars);
}
