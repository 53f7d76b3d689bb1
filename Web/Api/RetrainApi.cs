using System.ComponentModel;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Web.Retraining;

namespace MusicRecommender.Web.Api;

/// <summary>
/// <c>POST /api/admin/retrain</c> (202 with the run id, at once) and <c>GET /api/admin/runs/{id}</c>, for
/// scripts; on the admin group, so admin-only with problem+json 401/403. The POST needs the antiforgery
/// token in <c>X-XSRF-TOKEN</c>, as ratings do.
/// </summary>
internal static class RetrainApi
{
    public static RouteGroupBuilder MapRetrainApi(this RouteGroupBuilder admin)
    {
        admin.MapPost("/retrain", RetrainAsync).WithName("PostRetrain").WithTags("Retraining")
            .WithAntiforgeryHeader()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Retrain every target catalog now")
            .WithDescription("Answers at once with 202 and `Location: /api/admin/runs/{id}`. When a run is already going, on this instance or "
                + "another, the answer names that run with `started: false`: concurrent requests all get the same run.");
        admin.MapGet("/runs/{id:int}", GetRunAsync).WithName("GetRetrainRun").WithTags("Retraining")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A retrain run: status, steps, log and results");
        return admin;
    }

    /// <summary>
    /// Starts a run, or — when one is already running, on this instance or another — answers with that
    /// run's id and <c>started: false</c>. Either way 202: concurrent requests all get the same run.
    /// </summary>
    private static async Task<Results<Accepted<RetrainAcceptedResponse>, ProblemHttpResult>> RetrainAsync(
        HttpContext http, IAntiforgery antiforgery, RetrainScheduler scheduler, CancellationToken cancellationToken)
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
        var request = await scheduler.RequestAsync(RetrainTrigger.Admin, http.User.Identity?.Name, cancellationToken);
        var url = $"/api/admin/runs/{request.RunId}";
        return TypedResults.Accepted(url, new RetrainAcceptedResponse(request.RunId, request.Started, "running", url));
    }

    private static async Task<Results<Ok<RetrainRunResponse>, ProblemHttpResult>> GetRunAsync(
        [Description("The run id from POST /api/admin/retrain.")] int id, JobsView jobs, CancellationToken cancellationToken)
    {
        var run = await jobs.RunAsync(id, cancellationToken);
        return run is null
            ? TypedResults.Problem($"There is no retrain run {id}.", statusCode: StatusCodes.Status404NotFound, title: "Run not found.")
            : TypedResults.Ok(RetrainRunResponse.From(run));
    }
}
