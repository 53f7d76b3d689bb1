using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Pipeline.Retraining;

/// <summary>The answer to a request for a run: the run's id, and whether this request started it or joined one already going.</summary>
public sealed record RunRequest(int RunId, bool Started);

/// <summary>
/// Starts, claims and finishes retrain runs. The database decides that only one runs at a time: a
/// running row is inserted first, and the unique partial index on running rows makes every other
/// request — on this instance or another sharing the database — join the run already going.
/// </summary>
public sealed class RetrainRuns(IDbContextFactory<AppDbContext> contexts, TimeProvider clock, ILogger<RetrainRuns> logger)
{
    /// <summary>A running row whose heartbeat is older than this belongs to a process that stopped mid-run.</summary>
    public static readonly TimeSpan HeartbeatTimeout = TimeSpan.FromMinutes(2);

    public async Task<RunRequest> StartAsync(RetrainTrigger trigger, string? requestedBy, int attempt, string? instance, CancellationToken cancellationToken)
    {
        // A few rounds: a conflict means a run was going when we tried; if it ended before we could read
        // it back, the next insert succeeds.
        for (var round = 1; ; round++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await FailAbandonedAsync(db, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var run = new RetrainRun
            {
                Trigger = trigger,
                RequestedBy = requestedBy,
                Status = RetrainStatus.Running,
                Attempt = attempt,
                StartedAt = now,
                HeartbeatAt = now,
                Instance = instance,
            };
            db.RetrainRuns.Add(run);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Retrain run {RunId} started ({Trigger}, attempt {Attempt})", run.Id, trigger, attempt);
                return new RunRequest(run.Id, Started: true);
            }
            catch (DbUpdateException) when (round < 3)
            {
                if (await RunningIdAsync(cancellationToken) is { } running) return new RunRequest(running, Started: false);
            }
        }
    }

    public async Task<int?> RunningIdAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RetrainRuns.Where(r => r.Status == RetrainStatus.Running).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Takes over a run requested earlier; false when it is no longer waiting (it was given up as abandoned).</summary>
    public async Task<bool> ClaimAsync(int runId, string? instance, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.RetrainRuns
            .Where(r => r.Id == runId && r.Status == RetrainStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Instance, instance).SetProperty(r => r.HeartbeatAt, now), cancellationToken) == 1;
    }

    public async Task FinishAsync(int runId, RetrainStatus status, string? error, string? metricsJson, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var message = error is { Length: > 2000 } ? error[..2000] : error;
        await db.RetrainRuns
            .Where(r => r.Id == runId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.FinishedAt, now).SetProperty(r => r.HeartbeatAt, now)
                .SetProperty(r => r.Error, message).SetProperty(r => r.MetricsJson, metricsJson), cancellationToken);
        logger.LogInformation("Retrain run {RunId} finished: {Status}{Error}", runId, status, message is null ? "" : " — " + message);
    }

    private async Task FailAbandonedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - HeartbeatTimeout;
        var abandoned = await db.RetrainRuns
            .Where(r => r.Status == RetrainStatus.Running && r.HeartbeatAt < cutoff)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RetrainStatus.Failed).SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.Error, "Abandoned: the process running it stopped before it finished."), cancellationToken);
        if (abandoned > 0) logger.LogWarning("Marked {Count} abandoned retrain run(s) as failed", abandoned);
    }
}
