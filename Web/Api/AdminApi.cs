using MusicRecommender.Web.Accounts;
using MusicRecommender.Web.Experiments;
using MusicRecommender.Web.Searches;

namespace MusicRecommender.Web.Api;

/// <summary>Admin-only JSON: an experiment's results (the dashboard's numbers), search analytics, retraining.</summary>
internal static class AdminApi
{
    public static RouteGroupBuilder MapAdminApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").RequireAuthorization(AccountsRegistration.AdminPolicy);
        admin.MapGet("/experiments/{name}/results", GetResultsAsync).WithName("GetExperimentResults");
        admin.MapGet("/searches", GetSearchesAsync).WithName("GetSearchAnalytics");
        admin.MapRetrainApi();
        return api;
    }

    private static async Task<IResult> GetResultsAsync(string name, ExperimentResults results, CancellationToken cancellationToken)
    {
        var view = await results.GetAsync(name, cancellationToken);
        return view is null
            ? Results.Problem($"There is no experiment called {name}.", statusCode: StatusCodes.Status404NotFound, title: "Experiment not found.")
            : Results.Ok(ResultsJson.From(view));
    }

    private static async Task<IResult> GetSearchesAsync(HttpContext http, SearchAnalytics analytics, CancellationToken cancellationToken)
    {
        var reader = new QueryReader(http.Request.Query);
        var days = reader.Integer("days", 1, 366) ?? 30;
        if (!reader.IsValid) return Results.ValidationProblem(reader.Errors, title: "The request has invalid parameters.");
        return Results.Ok(SearchReportJson.From(await analytics.GetAsync(days, cancellationToken)));
    }
}
