using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Enrichment;

using MusicRecommender.Web.Accounts;
using MusicRecommender.Web.Api;
using MusicRecommender.Web.BackgroundJobs;
using MusicRecommender.Web.Catalog;
using MusicRecommender.Web.Digests;
using MusicRecommender.Web.Experiments;
using MusicRecommender.Web.Mail;
using MusicRecommender.Web.Playlists;
using MusicRecommender.Web.Ratings;
using MusicRecommender.Web.Recommendations;
using MusicRecommender.Web.Retraining;
using MusicRecommender.Web.Searches;
using MusicRecommender.Web.Security;

namespace MusicRecommender.Web;

public static class WebRegistration
{
    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Environment.IsDevelopment()) builder.Logging.AddJsonConsole();

        var services = builder.Services;
        services.AddRazorPages();
        services.AddProblemDetails();
        services.AddApiRateLimiting();
        services.AddApiDocs();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddOptions<ModelServingOptions>().BindConfiguration(ModelServingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LiveLookupOptions>().BindConfiguration(LiveLookupOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PlaylistOptions>().BindConfiguration(PlaylistOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ExperimentOptions>().BindConfiguration(ExperimentOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Catalog: first-start seeding and the served models kept in step with the database.
        services.AddSingleton<CatalogStatus>();
        services.AddSingleton<CatalogSeeder>();
        services.AddHostedService<ModelRefreshService>();
        services.AddScoped<ModelInsights>();
        // Music only: the admin's include/exclude decisions.
        services.AddScoped<ListingAdmin>();
        // Metadata enrichment on Hangfire: weekly (Enrichment:Cron) and after the seed import.
        services.AddSingleton<EnrichmentJob>();
        services.AddRecurringJob<EnrichmentJob, EnrichmentOptions>(EnrichmentJob.RecurringId, o => o.Cron, job => job.RunScheduledAsync(CancellationToken.None));

        // Recommendations: resolve the song, rank, show the list (recorded as an impression).
        services.AddScoped<SongResolver>();
        services.AddScoped<ArtistResolver>();
        services.AddScoped<RecommendationService>();
        services.AddScoped<ShownRecommendations>();
        services.AddScoped<StoredLists>();
        services.AddScoped<PlaylistSeeds>();

        // Experiments, ratings and search analytics.
        services.AddScoped<ExperimentAssigner>();
        services.AddScoped<ExperimentResults>();
        services.AddScoped<ExperimentAdmin>();
        services.AddScoped<RatingService>();
        services.AddScoped<RaterRatings>();
        services.AddScoped<SearchAnalytics>();
        services.AddScoped<SearchTopics>();

        // Mail (account mail and the weekly digest), sent by background jobs.
        services.AddMailJobs();
        services.AddDigests();

        // Accounts first: their start-up work (keys, the first admin) runs before the rest.
        builder.AddAccounts();
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, SignInMerge.Attach);
        services.AddHostedService<AccountsStartup>();
        services.AddHostedService<ExperimentsStartup>();
        // Background work on Hangfire; each feature declares its jobs (retraining: the nightly retrain).
        builder.AddBackgroundJobs();
        builder.AddRetraining();
        return builder;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(error => error.Run(WriteUnhandledAsync));
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseSecurityHeaders();
        app.UseApiDocs();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapApi();
        app.MapApiDocs();
        app.MapJobsDashboard();
        app.MapHealthChecks("/healthz");
        return app;
    }

    /// <summary>API callers get problem+json; people get the error page.</summary>
    private static async Task WriteUnhandledAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = 500, Title = "Something went wrong on our side.", Detail = "The error was logged." },
            });
            return;
        }
        context.Response.Redirect("/Error");
    }

    private sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken) && await db.Tracks.Take(1).CountAsync(cancellationToken) >= 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
