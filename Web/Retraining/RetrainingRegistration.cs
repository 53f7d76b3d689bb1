using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Pipeline.Retraining;
using Quartz;

namespace MusicRecommender.Web.Retraining;

/// <summary>
/// Scheduled retraining with Quartz.NET. On SQLite the schedule lives in memory (one instance); on
/// PostgreSQL in Quartz's clustered job store (tables from our migrations), so every instance shares
/// one schedule and a firing runs on exactly one of them.
/// </summary>
internal static class RetrainingRegistration
{
    public const string SchedulerName = "MusicRecommender";

    public static WebApplicationBuilder AddRetraining(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RetrainingOptions>()
            .Validate(o => CronExpression.TryParse(o.Cron, out _), "Retraining:Cron is not a valid Quartz cron expression (seconds first, e.g. \"0 0 3 * * ?\").")
            .ValidateOnStart();
        services.AddSingleton<RetrainScheduler>();
        services.AddScoped<JobsView>();
        services.AddHostedService<RetrainCatchUp>();

        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString("Default");
        builder.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName;
                // Shutdown asks a running retrain to stop (it records itself as cancelled) and waits for it.
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            quartz.UseDefaultThreadPool(2);
            quartz.AddJob<RetrainJob>(job => job.WithIdentity(RetrainJob.Key).StoreDurably().WithDescription("Retrain every target catalog"));
            quartz.AddTrigger((provider, trigger) =>
            {
                var options = provider.GetRequiredService<IOptions<RetrainingOptions>>().Value;
                trigger.WithIdentity(RetrainScheduler.ScheduleKey).ForJob(RetrainJob.Key)
                    .WithCronSchedule(options.Cron, cron => cron.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                    .WithRetryPolicy(RetrainScheduler.RetryPolicyFor(options));
            });
            if (database.Provider == DatabaseProvider.Postgres)
            {
                quartz.UsePersistentStore(store =>
                {
                    store.ConfigureStore(o => o.StoreJobDataAsStrings = true);
                    store.UseClustering();
                    store.UsePostgres(connectionString ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is empty."));
                    store.UseSystemTextJsonSerializer();
                });
            }
            else
            {
                quartz.UseInMemoryStore();
            }
        });
        builder.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return builder;
    }
}
