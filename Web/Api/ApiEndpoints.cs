namespace MusicRecommender.Web.Api;

/// <summary>Every JSON endpoint group, mapped in one place under the rate-limited <c>/api</c> prefix.</summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(Security.RateLimits.Api);
        api.MapTracksApi();
        api.MapRecommendationsApi();
        api.MapPlaylistsApi();
        api.MapCatalogApi();
        api.MapRatingsApi();
        api.MapAdminApi();
        return app;
    }
}
