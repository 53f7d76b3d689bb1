using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Writes;
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
    private const string Ready = "ready";

    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Environment.IsDevelopment()) builder.Logging.AddJsonConsole();

        var services = builder.Services;
        // Pages show titles in any script as they are (still encoding markup): CJK titles are not written as
        // &#x…; escapes, which made a results page heavier to write and to send (docs/decisions/0020).
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddRazorPages(pages =>
        {
            pages.Conventions.ConfigureFilter(new LocalReturnUrlFilter());
            TwoFactorPages.Remove(pages);
        });
        services.AddErrorResponses();
        services.AddRateLimits();
        services.AddApiDocs();
        builder.AddDeployment();
        // Liveness (/healthz) asks nothing; readiness (/healthz/ready) probes that the database can be written.
        services.AddHealthChecks().AddCheck<StorageReadiness>("storage", tags: [Ready]);
        services.AddOptions<ModelServingOptions>().BindConfiguration(ModelServingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LiveLookupOptions>().BindConfiguration(LiveLookupOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PlaylistOptions>().BindConfiguration(PlaylistOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ExperimentOptions>().BindConfiguration(ExperimentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ImpressionOptions>().BindConfiguration(ImpressionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WriteOptions>().BindConfiguration(WriteOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Storage: whether the database can be written, and the group commit of shown lists (drained at shutdown).
        services.AddSingleton<StorageHealth>();
        services.AddHostedService(s => s.GetRequiredService<StorageHealth>());
        services.AddSingleton<GroupCommitWriter>();
        services.AddHostedService(s => s.GetRequiredService<GroupCommitWriter>());

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

        // Recommendations: resolve the song (cached), rank, show the list (recorded as an impression).
        services.AddScoped<SongResolver>();
        services.AddSingleton<ResolutionCache>();
        services.AddScoped<ArtistResolver>();
        services.AddScoped<RecommendationService>();
        services.AddScoped<ShownRecommendations>();
        services.AddSingleton<RecentLists>();
        services.AddHostedService<ImpressionRetention>();
        services.AddScoped<StoredLists>();
        services.AddScoped<PlaylistSeeds>();

        // Experiments (the running one and known assignments from memory), ratings and search analytics.
        services.AddSingleton<ActiveExperiment>();
        services.AddSingleton<AssignmentCache>();
        services.AddSingleton<IInterceptor, ExperimentChanges>();
        services.AddScoped<ExperimentAssigner>();
        services.AddScoped<ExperimentResults>();
        services.AddScoped<ExperimentAdmin>();
        services.AddSingleton<RaterIds>();
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
        app.UseDeployment(app.Environment);
        app.UseErrorResponses();
        LocalReturnUrlFilter.UseLocalReturnUrls(app);
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
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return app;
    }

    /// <summary>Ready when the database can be written and is the one the site opened (503 otherwise).</summary>
    private sealed class StorageReadiness(StorageHealth storage) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await storage.CheckAsync(cancellationToken) is { Writable: false } state
                ? HealthCheckResult.Unhealthy(state.Problem)
                : HealthCheckResult.Healthy();
    }
}
