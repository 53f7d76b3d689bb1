using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Retraining;
using MusicRecommender.Web.Catalog;

namespace MusicRecommender.Web.Retraining;

/// <summary>
/// The start-up check: once the catalog is ready, retrain at once when the last successful retrain
/// is older than the schedule's period (the site was down when the schedule fell due). The newest
/// active model counts as a retrain, so a first start that has just trained does not train again.
/// Several instances starting together start one run: the request goes through the database guard. (Hangfire
/// also runs an occurrence missed while every instance was down, once, when its storage remembers the schedule;
/// this check covers a new storage too, and runs as the <c>startup</c> trigger.)
/// </summary>
public sealed class RetrainCatchUp(IServiceScopeFactory scopes, CatalogStatus status, IOptions<RetrainingOptions> options, TimeProvider clock, ILogger<RetrainCatchUp> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.CatchUpOnStart) return;
        try
        {
            while (status.State is CatalogState.Starting or CatalogState.Seeding) await Task.Delay(TimeSpan.FromMilliseconds(500), stoppingToken);
            if (status.State != CatalogState.Ready) return;

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var lastSuccess = await LastSuccessAsync(db, stoppingToken);
            var now = clock.GetUtcNow();
            var period = CronPeriod.Of(RetrainCron.Effective(options.Value), TimeZoneInfo.ConvertTime(now, TimeZoneInfo.Local).DateTime);
            if (lastSuccess is { } last && now - new DateTimeOffset(last, TimeSpan.Zero) <= period) return;

            logger.LogInformation("The last successful retrain ({LastSuccess:u}) is older than the schedule's period ({Period}); retraining now", lastSuccess, period);
            var request = await scope.ServiceProvider.GetRequiredService<RetrainScheduler>().RequestAsync(RetrainTrigger.Startup, null, stoppingToken);
            if (!request.Started) logger.LogInformation("Start-up retrain not needed: run {RunId} is already running", request.RunId);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the check ran.
        }
        catch (Exception e)
        {
            logger.LogError(e, "The start-up retrain check failed; the schedule still runs");
        }
    }

    /// <summary>The later of the last succeeded run's end and the newest active model's training time.</summary>
    public static async Task<DateTime?> LastSuccessAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var run = await db.RetrainRuns.Where(r => r.Status == RetrainStatus.Succeeded).MaxAsync(r => r.FinishedAt, cancellationToken);
        var model = await db.ModelVersions.Where(m => m.Status == ModelStatus.Active).MaxAsync(m => (DateTime?)m.TrainedAt, cancellationToken);
        return run is null ? model : model is null ? run : run > model ? run : model;
    }
}
