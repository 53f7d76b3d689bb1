using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Web.Digests;

namespace MusicRecommender.Web.Api;

/// <summary>
/// <c>PUT /api/me/digest</c> (the signed-in listener's weekly digest on or off), <c>POST /api/admin/digests/run</c>
/// (202 with the run id) and <c>GET /api/admin/digests/runs/{id}</c>. Both state-changing calls need the antiforgery
/// token in <c>X-XSRF-TOKEN</c>.
/// </summary>
internal static class DigestApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").RequireAuthorization().WithTags("Account")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        me.MapPut("/digest", SetDigestAsync).WithName("PutMyDigest")
            .Accepts<DigestSettingRequest>("application/json")
            .WithAntiforgeryHeader()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Turn the weekly digest on or off for the signed-in listener")
            .WithDescription("Body `{\"weekly\": true}` or `{\"weekly\": false}`. Off by default; the digest goes only to a confirmed address.");
        return api;
    }

    public static RouteGroupBuilder MapDigestAdminApi(this RouteGroupBuilder admin)
    {
        admin.MapPost("/digests/run", RunAsync).WithName("PostDigestRun").WithTags("Digest")
            .WithAntiforgeryHeader()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Send the weekly digest now")
            .WithDescription("Answers at once with 202 and `Location: /api/admin/digests/runs/{id}`. When a run is already going (on any instance) "
                + "the answer names that run with `started: false`.");
        admin.MapGet("/digests/runs/{id:int}", GetRunAsync).WithName("GetDigestRun").WithTags("Digest")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A digest run: status and its deliveries counted (sent, skipped, failed, queued)");
        return admin;
    }

    private static async Task<Results<Ok<DigestSettingResponse>, ProblemHttpResult>> SetDigestAsync(
        HttpContext http, IAntiforgery antiforgery, UserManager<AppUser> users, CancellationToken cancellationToken)
    {
        if (await AntiforgeryProblemAsync(http, antiforgery) is { } refused) return refused;
        DigestSettingRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<DigestSettingRequest>(cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            request = null;
        }
        if (request?.Weekly is not { } weekly)
            return TypedResults.Problem("Send JSON like {\"weekly\": true}.", statusCode: StatusCodes.Status400BadRequest, title: "The body is not a digest setting.");
        if (await users.GetUserAsync(http.User) is not { } user)
            return TypedResults.Problem("Sign in again.", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in.");
        user.WeeklyDigest = weekly;
        var saved = await users.UpdateAsync(user);
        return saved.Succeeded
            ? TypedResults.Ok(new DigestSettingResponse(user.WeeklyDigest, user.EmailConfirmed))
            : TypedResults.Problem("The setting could not be saved; try again.", statusCode: StatusCodes.Status409Conflict, title: "Not saved.");
    }

    private static async Task<Results<Accepted<DigestRunAcceptedResponse>, ProblemHttpResult>> RunAsync(
        HttpContext http, IAntiforgery antiforgery, DigestRunner runner, CancellationToken cancellationToken)
    {
        if (await AntiforgeryProblemAsync(http, antiforgery) is { } refused) return refused;
        var request = await runner.RequestAsync(DigestTrigger.Admin, http.User.Identity?.Name, cancellationToken);
        var url = $"/api/admin/digests/runs/{request.RunId}";
        return TypedResults.Accepted(url, new DigestRunAcceptedResponse(request.RunId, request.Started, url));
    }

    private static async Task<Results<Ok<DigestRunResponse>, ProblemHttpResult>> GetRunAsync(int id, DigestView view, CancellationToken cancellationToken) =>
        await view.RunAsync(id, cancellationToken) is { } run
            ? TypedResults.Ok(DigestRunResponse.From(run))
            : TypedResults.Problem($"There is no digest run {id}.", statusCode: StatusCodes.Status404NotFound, title: "Run not found.");

    private static async Task<ProblemHttpResult?> AntiforgeryProblemAsync(HttpContext http, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem(
                "Send the token from GET /api/antiforgery/token in the X-XSRF-TOKEN header, with the cookie that request set.",
                statusCode: StatusCodes.Status400BadRequest, title: "Missing or invalid antiforgery token.");
        }
    }
}
