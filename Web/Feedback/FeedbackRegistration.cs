using MusicRecommender.Web.Accounts;
using MusicRecommender.Web.Api;

namespace MusicRecommender.Web.Feedback;

/// <summary>Accounts, experiments, impressions, ratings and the admin dashboard.</summary>
public static class FeedbackRegistration
{
    public static WebApplicationBuilder AddFeedback(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddAccounts();
        var services = builder.Services;
        services.AddOptions<ExperimentOptions>().BindConfiguration(ExperimentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ExperimentAssigner>();
        services.AddScoped<ShownRecommendations>();
        services.AddScoped<RatingService>();
        services.AddScoped<ExperimentResults>();
        services.AddScoped<ExperimentAdmin>();
        services.AddScoped<SearchAnalytics>();
        services.AddHostedService<FeedbackStartup>();
        return builder;
    }

    /// <summary>The JSON endpoints, on the rate-limited <c>/api</c> group.</summary>
    public static RouteGroupBuilder MapFeedbackApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapRatingsApi();
        api.MapAdminApi();
        return api;
    }
}
