using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
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
        api.MapGet("/antiforgery/token", GetToken).WithName("GetAntiforgeryToken").WithTags("Ratings")
            .WithSummary("An antiforgery token for the state-changing endpoints")
            .WithDescription("Also sets the `__Host-mr-af` cookie the token pairs with.");
        api.MapPost("/ratings", RateAsync).WithName("PostRating").WithTags("Ratings").RequireRateLimiting(RateLimits.Writes)
            .Accepts<RatingRequest>("application/json")
            .WithAntiforgeryHeader()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Rate one item of an impression you were shown")
            .WithDescription("Ratings belong to the rater: the signed-in user, or else the anonymous `__Host-mr-rater` cookie the recommendations "
                + "response set. Rating again updates the rating. 400: no or a wrong antiforgery token, a body that is not JSON, `stars` outside "
                + "1..5, a `trackId` not in the impression. 403: `Accounts:RequireConfirmedEmail` is on and the signed-in account has not "
                + "confirmed its address. 404: an unknown impression, or one shown to someone else. 503 (with Retry-After): "
                + "ratings are paused while the database cannot be written.");
        return api;
    }

    private static Ok<AntiforgeryTokenResponse> GetToken(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok(new AntiforgeryTokenResponse(tokens.RequestToken, tokens.HeaderName));
    }

    private static async Task<Results<Ok<RatingResponse>, ValidationProblem, ProblemHttpResult>> RateAsync(
        HttpContext http, IAntiforgery antiforgery, RatingService ratings, StorageHealth storage, CancellationToken cancellationToken)
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

        RatingRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<RatingRequest>(cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return TypedResults.Problem("Send JSON like {\"impressionId\": \"...\", \"trackId\": 123, \"stars\": 4}.",
                statusCode: StatusCodes.Status400BadRequest, title: "The body is not a rating.");
        }

        var errors = new Dictionary<string, string[]>();
        if (!Guid.TryParse(request?.ImpressionId, out var impressionId)) errors["impressionId"] = ["'impressionId' is required: the id from the recommendations response."];
        if (request?.TrackId is not > 0) errors["trackId"] = ["'trackId' is required: a track of that impression."];
        if (request?.Stars is not (>= StarSample.MinStars and <= StarSample.MaxStars)) errors["stars"] = ["'stars' must be a whole number from 1 to 5."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The rating is not valid.");

        var rater = RaterCookie.Resolve(http, issue: false);
        var outcome = rater is null
            ? new RatingOutcome(RatingProblem.UnknownImpression)
            : await ratings.RateAsync(rater, impressionId, request!.TrackId!.Value, request.Stars!.Value, cancellationToken);
        return outcome.Problem switch
        {
            RatingProblem.UnknownImpression => TypedResults.Problem(
                "No impression with that id was shown to you (this client's rater cookie).",
                statusCode: StatusCodes.Status404NotFound, title: "Impression not found."),
            RatingProblem.StorageUnavailable => RetryLater.Problem(http, storage.RetryAfter, RetryLater.PausedTitle, RetryLater.PausedDetail),
            RatingProblem.UnconfirmedEmail => TypedResults.Problem(
                "Confirm your address with the link in the confirmation mail first (Manage → resend it).",
                statusCode: StatusCodes.Status403Forbidden, title: "Address not confirmed."),
            RatingProblem.NotInImpression => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["trackId"] = [$"Track {request!.TrackId} was not in this impression."] },
                title: "The rating is not valid."),
            _ => TypedResults.Ok(new RatingResponse(impressionId, request!.TrackId, outcome.Rank, outcome.Stars, Saved: true,
                DateTime.SpecifyKind(outcome.SavedAt, DateTimeKind.Utc))),
        };
    }
}
