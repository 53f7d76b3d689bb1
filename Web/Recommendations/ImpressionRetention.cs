using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// Keeps the database from growing without bound: unrated impressions older than
/// <see cref="ImpressionOptions.UnratedRetentionDays"/> and searches older than
/// <see cref="ImpressionOptions.SearchRetentionDays"/> are deleted, in small chunks. Every rated list is
/// kept, and so is every list of the running experiment (its statistics count them).
/// </summary>
public sealed class ImpressionRetention(
    IDbContextFactory<AppDbContext> contexts, IOptions<ImpressionOptions> options, TimeProvider time, ILogger<ImpressionRetention> logger) : BackgroundService
{
    private const int Chunk = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Out of the way of the start-up work.
        await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.Value.RetentionIntervalHours), time);
        do
        {
            try
            {
                var (impressions, searches) = await TrimAsync(stoppingToken);
                if (impressions + searches > 0) logger.LogInformation("Retention: deleted {Impressions} unrated impressions and {Searches} searches", impressions, searches);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Retention could not trim old impressions and searches; it tries again later");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<(int Impressions, int Searches)> TrimAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var impressions = 0;
        if (options.Value.UnratedRetentionDays > 0)
        {
            var before = now.AddDays(-options.Value.UnratedRetentionDays);
            int deleted;
            do
            {
                deleted = await db.Impressions
                    .Where(i => i.CreatedAt < before && !db.Ratings.Any(r => r.ImpressionId == i.Id)
                                && (i.ExperimentId == null || !db.Experiments.Any(e => e.Id == i.ExperimentId && e.IsActive)))
                    .OrderBy(i => i.CreatedAt).Take(Chunk)
                    .ExecuteDeleteAsync(cancellationToken);
                impressions += deleted;
            }
            while (deleted == Chunk);
        }
        var searches = 0;
        if (options.Value.SearchRetentionDays > 0)
        {
            var before = now.AddDays(-options.Value.SearchRetentionDays);
            int deleted;
            do
            {
                deleted = await db.Searches.Where(s => s.CreatedAt < before).OrderBy(s => s.CreatedAt).Take(Chunk).ExecuteDeleteAsync(cancellationToken);
                searches += deleted;
            }
            while (deleted == Chunk);
        }
        return (impressions, searches);
    }
}
