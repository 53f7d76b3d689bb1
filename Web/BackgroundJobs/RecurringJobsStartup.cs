using Hangfire;
using Hangfire.Storage;

namespace MusicRecommender.Web.BackgroundJobs;

/// <summary>
/// At start-up, declares every recurring job with its configured cron (in the server's time zone) and removes
/// recurring jobs the code no longer declares. An occurrence missed while every instance was down runs once
/// when one starts again (Hangfire's misfire handling).
/// </summary>
internal sealed class RecurringJobsStartup(IEnumerable<RecurringJobDefinition> definitions, IRecurringJobManager manager, JobStorage storage, IServiceProvider services, ILogger<RecurringJobsStartup> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var declared = definitions.ToList();
        foreach (var definition in declared)
        {
            var cron = definition.Cron(services);
            try
            {
                manager.AddOrUpdate(definition.Id, definition.Job, cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Local, MisfireHandling = MisfireHandlingMode.Relaxed });
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException($"The recurring job '{definition.Id}' has an invalid cron expression '{cron}': {e.InnerException?.Message ?? e.Message}", e);
            }
            logger.LogInformation("Recurring job {Id}: {Cron} ({TimeZone})", definition.Id, cron, TimeZoneInfo.Local.Id);
        }
        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Select(j => j.Id).Except(declared.Select(d => d.Id)).ToList())
        {
            manager.RemoveIfExists(stale);
            logger.LogInformation("Removed the recurring job {Id}: no longer declared", stale);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
