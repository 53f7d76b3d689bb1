namespace MusicRecommender.Web.Api;

/// <summary>
/// Every JSON endpoint group, mapped in one place under the rate-limited <c>/api</c> prefix. To add one:
/// a <c>XxxApi.Map…</c> group mapped here; handlers return <c>TypedResults</c> with a <c>Results&lt;…&gt;</c>
/// return type and response records (so the OpenAPI document has every schema); query parameters are
/// declared <see cref="QueryParameter"/>s read with <see cref="QueryReader"/> and listed with
/// <c>WithQuery</c>; problems other than validation are named with <c>ProducesProblem</c>; a
/// state-changing endpoint validates antiforgery and says so with <c>WithAntiforgeryHeader</c>.
/// </summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(Security.RateLimits.Api)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapTracksApi();
        api.MapRecommendationsApi();
        api.MapPlaylistsApi();
        api.MapCatalogApi();
        api.MapRatingsApi();
        api.MapAdminApi();
        api.MapMeApi();
        return app;
    }
}
