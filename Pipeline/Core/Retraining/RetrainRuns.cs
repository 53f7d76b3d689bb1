using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Pipeline.Retraining;

/// <summary>The answer to a request for a run: the run's id, and whether this request started it or joined one already going.</summary>
public sealed record RunRequest(int RunId, bool Started);

/// <summary>
/// Starts, claims and finishes retrain runs. The database decides that only one runs at a time: a
/// running row is inserted first, and the unique partial index on running rows makes every other
/// request — on this instance or another sharing the database, the command line included — join the
/// run already going. The row is a lock with a heartbeat: a running row whose heartbeat went stale
/// belongs to a process that died, and is marked abandoned, which frees the slot.
/// </summary>
public sealed class RetrainRuns(IDbContextFactory<AppDbContext> contexts, ProcessInstance self, IOptions<RetrainingOptions> options, TimeProvider clock, ILogger<RetrainRuns> logger)
{
    public const string AbandonedError = "Abandoned: the process running it stopped before it finished.";

    public async Task<RunRequest> StartAsync(RetrainTrigger trigger, string? requestedBy, int attempt, string? instance, CancellationToken cancellationToken)
    {
        // A few rounds: a conflict means a run was going when we tried; if it ended before we could read
        // it back, the next insert succeeds.
        for (var round = 1; ; round++)
        {
            await MarkAbandonedAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
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

    /// <summary>
    /// Takes over a run requested earlier. Only once: false when it is no longer waiting — given up as
    /// abandoned, or already taken by a worker (a job delivered twice must not run the same run twice).
    /// </summary>
    public async Task<bool> ClaimAsync(int runId, string instance, string? jobId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.RetrainRuns
            .Where(r => r.Id == runId && r.Status == RetrainStatus.Running && r.Instance == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Instance, instance).SetProperty(r => r.HeartbeatAt, now)
                .SetProperty(r => r.HangfireJobId, r => jobId ?? r.HangfireJobId), cancellationToken) == 1;
    }

    /// <summary>Names the background job that runs (or will run) the run.</summary>
    public async Task SetJobAsync(int runId, string jobId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.RetrainRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.HangfireJobId, jobId), cancellationToken);
    }

    public async Task FinishAsync(int runId, RetrainStatus status, string? error, string? metricsJson, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var message = error is { Length: > 2000 } ? error[..2000] : error;
        // Only a running run: one already marked abandoned (its process looked dead) keeps that verdict.
        var finished = await db.RetrainRuns
            .Where(r => r.Id == runId && r.Status == RetrainStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.FinishedAt, now).SetProperty(r => r.HeartbeatAt, now)
                .SetProperty(r => r.Error, message).SetProperty(r => r.MetricsJson, metricsJson), cancellationToken);
        if (finished == 1) logger.LogInformation("Retrain run {RunId} finished: {Status}{Error}", runId, status, message is null ? "" : " — " + message);
        else logger.LogWarning("Retrain run {RunId} ended ({Status}) after it had been marked abandoned; its record stands", runId, status);
    }

    /// <summary>
    /// Marks running runs whose heartbeat is older than <c>Retraining:HeartbeatTimeout</c> as abandoned: runs
    /// another process had taken over (this one is alive, whatever its heartbeat says), and requested runs no
    /// background job was ever made for. Returns how many. A requested run waiting for its job is not judged
    /// here (see <see cref="StaleWaitingAsync"/>). Reads first: on SQLite a write would wait for every other writer.
    /// </summary>
    public async Task<int> MarkAbandonedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cutoff = Cutoff();
        var me = self.Name;
        var stale = db.RetrainRuns.Where(r => r.Status == RetrainStatus.Running && r.HeartbeatAt < cutoff
            && ((r.Instance != null && r.Instance != me) || (r.Instance == null && r.HangfireJobId == null)));
        if (!await stale.AnyAsync(cancellationToken)) return 0;
        var abandoned = await Abandon(stale, cancellationToken);
        if (abandoned > 0) logger.LogWarning("Marked {Count} retrain run(s) abandoned: no heartbeat for {Timeout}", abandoned, options.Value.HeartbeatTimeout);
        return abandoned;
    }

    /// <summary>Requested runs still waiting for their background job past the heartbeat timeout: (run, job) pairs for the caller to check.</summary>
    public async Task<IReadOnlyList<(int RunId, string JobId)>> StaleWaitingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cutoff = Cutoff();
        var waiting = await db.RetrainRuns
            .Where(r => r.Status == RetrainStatus.Running && r.Instance == null && r.HangfireJobId != null && r.HeartbeatAt < cutoff)
            .Select(r => new { r.Id, r.HangfireJobId })
            .ToListAsync(cancellationToken);
        return waiting.Select(w => (w.Id, w.HangfireJobId!)).ToList();
    }

    /// <summary>A waiting run whose job is still queued: it is not dead, only waiting its turn.</summary>
    public async Task TouchAsync(int runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.RetrainRuns.Where(r => r.Id == runId && r.Status == RetrainStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.HeartbeatAt, now), cancellationToken);
    }

    /// <summary>A waiting run whose job will never run it (deleted, or gone from the queue).</summary>
    public async Task AbandonAsync(int runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await Abandon(db.RetrainRuns.Where(r => r.Id == runId && r.Status == RetrainStatus.Running && r.Instance == null), cancellationToken) > 0)
            logger.LogWarning("Marked retrain run {RunId} abandoned: its background job will not run it", runId);
    }

    private DateTime Cutoff() => clock.GetUtcNow().UtcDateTime - options.Value.HeartbeatTimeout;

    private Task<int> Abandon(IQueryable<RetrainRun> runs, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return runs.ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RetrainStatus.Abandoned).SetProperty(r => r.FinishedAt, now)
            .SetProperty(r => r.Error, AbandonedError), cancellationToken);
    }
}
