using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.Dashboard;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Pipeline.Retraining;
using MusicRecommender.Web.Accounts;

namespace MusicRecommender.Web.BackgroundJobs;

/// <summary>
/// Background work on Hangfire: a server in every site instance working through one queue and schedule
/// (SQLite: a file beside the site's database; PostgreSQL: the shared database), the recurring jobs each
/// feature declares, and the dashboard for admins at <see cref="DashboardPath"/>.
/// </summary>
public static class BackgroundJobsRegistration
{
    public const string DashboardPath = "/admin/hangfire";

    public static WebApplicationBuilder AddBackgroundJobs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;
        services.AddOptions<BackgroundJobsOptions>().BindConfiguration(BackgroundJobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // This site's storage, activator and filters, registered before AddHangfire (which only adds what is
        // missing) so they are not Hangfire's process-wide statics: several sites in one process stay apart.
        services.AddSingleton(provider => JobStorageFactory.Create(
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            provider.GetRequiredService<IConfiguration>().GetConnectionString("Default"),
            provider.GetRequiredService<IOptions<BackgroundJobsOptions>>().Value,
            contentRoot));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IJobFilterProvider>(provider => new JobFilterProviderCollection(
            JobFilterProviders.Providers, new JobRetryFilters(provider.GetServices<JobRetryPolicy>(), provider)));
        services.AddHangfire((provider, configuration) =>
        {
            HangfireLogging.Instance.Use(provider.GetRequiredService<ILoggerFactory>());
            configuration
                .UseLogProvider(HangfireLogging.Instance)
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
        });
        services.AddHangfireServer((provider, server) =>
        {
            var jobs = provider.GetRequiredService<IOptions<BackgroundJobsOptions>>().Value;
            server.ServerName = provider.GetRequiredService<ProcessInstance>().Name;
            server.WorkerCount = jobs.Workers;
            server.SchedulePollingInterval = jobs.PollInterval;
            // Shutdown cancels running jobs' tokens at once and gives them this long to record that.
            server.StopTimeout = TimeSpan.Zero;
            server.ShutdownTimeout = TimeSpan.FromSeconds(30);
        });
        services.AddHostedService<RecurringJobsStartup>();
        return builder;
    }

    /// <summary>
    /// The Hangfire dashboard for admins: the signed-out are sent to sign in, signed-in non-admins get 403 (the
    /// Admin policy, as for /Admin pages). Its buttons carry its own antiforgery token (ASP.NET Core's, which
    /// Hangfire validates on every POST).
    /// </summary>
    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            AsyncAuthorization = [],
            AppPath = "/Admin/Jobs",
            DashboardTitle = "MusicRecommender jobs",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(AccountsRegistration.AdminPolicy);
}
