using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using MusicRecommender.Web.Accounts;
using MusicRecommender.Web.Experiments;
using MusicRecommender.Web.Searches;

namespace MusicRecommender.Web.Api;

/// <summary>
/// Admin-only JSON: an experiment's results (the dashboard's numbers), search analytics, retraining.
/// Without a sign-in 401, signed in without the Admin role 403 (problem+json, never a redirect).
/// </summary>
internal static class AdminApi
{
    private static readonly QueryParameter Days = QueryParameter.Integer("days", 1, 366, "How many days back to count.", defaultValue: 30);

    public static RouteGroupBuilder MapAdminApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").RequireAuthorization(AccountsRegistration.AdminPolicy).WithTags("Admin")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        admin.MapGet("/experiments/{name}/results", GetResultsAsync).WithName("GetExperimentResults")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An experiment's results, as the dashboard shows them");
        admin.MapGet("/searches", GetSearchesAsync).WithName("GetSearchAnalytics").WithQuery(Days)
            .WithSummary("Search analytics");
        admin.MapRetrainApi();
        admin.MapDigestAdminApi();
        return api;
    }

    private static async Task<Results<Ok<ExperimentResultsResponse>, ProblemHttpResult>> GetResultsAsync([Description("The experiment's name, e.g. recommender-vs-random.")] string name, ExperimentResults results, CancellationToken cancellationToken)
    {
        var view = await results.GetAsync(name, cancellationToken);
        return view is null
            ? TypedResults.Problem($"There is no experiment called {name}.", statusCode: StatusCodes.Status404NotFound, title: "Experiment not found.")
            : TypedResults.Ok(ExperimentResultsResponse.From(view));
    }

    private static async Task<Results<Ok<SearchAnalyticsResponse>, ValidationProblem>> GetSearchesAsync(HttpContext http, SearchAnalytics analytics, CancellationToken cancellationToken)
    {
        var reader = new QueryReader(http);
        var days = reader.Integer(Days);
        if (!reader.IsValid) return TypedResults.ValidationProblem(reader.Errors, title: "The request has invalid parameters.");
        return TypedResults.Ok(SearchAnalyticsResponse.From(await analytics.GetAsync(days, cancellationToken)));
    }
}
