using Microsoft.Extensions.Options;
using MusicRecommender.Pipeline.Retraining;
using MusicRecommender.Web.BackgroundJobs;

namespace MusicRecommender.Web.Retraining;

/// <summary>
/// Scheduled retraining on Hangfire: the recurring job (<c>Retraining:Cron</c>), its retries, "Retrain now",
/// the start-up catch-up, the sweep for runs whose process died, and the Jobs page's view.
/// </summary>
internal static class RetrainingRegistration
{
    public static WebApplicationBuilder AddRetraining(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<IValidateOptions<RetrainingOptions>, RetrainCronValidation>();
        services.AddRecurringJob<RetrainJob, RetrainingOptions>(RetrainJob.RecurringId, RetrainCron.Effective, job => job.RunScheduledAsync(null, CancellationToken.None));
        services.AddJobRetries<RetrainJob, RetrainingOptions>(o => (o.MaxRetries, o.RetryDelay));
        services.AddScoped<RetrainJob>();
        services.AddSingleton<RetrainScheduler>();
        services.AddScoped<JobsView>();
        services.AddHostedService<RetrainCatchUp>();
        services.AddHostedService<AbandonedRunSweeper>();
        return builder;
    }
}
