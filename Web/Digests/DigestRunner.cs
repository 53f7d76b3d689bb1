using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Mail;

namespace MusicRecommender.Web.Digests;

public sealed record DigestRequest(int RunId, bool Started);

/// <summary>
/// One digest run at a time across instances (a unique index on the running row): the schedule and "run now" both
/// come here. A run plans each opted-in listener's digest, records it (picks and all) and queues its mail; a
/// listener already handled in this run is not handled again, so a run can be resumed.
/// </summary>
public sealed class DigestRunner(AppDbContext db, DigestPicker picker, IBackgroundJobClient jobs, TimeProvider time, ILogger<DigestRunner> logger)
{
    /// <summary>A running run whose heartbeat is older than this belongs to a process that died.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(10);

    public async Task<DigestRequest> RequestAsync(DigestTrigger trigger, string? requestedBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var stale = now - Abandoned;
        await db.DigestRuns.Where(r => r.Status == DigestRunStatus.Running && r.HeartbeatAt < stale).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Status, DigestRunStatus.Failed)
            .SetProperty(r => r.FinishedAt, now)
            .SetProperty(r => r.Error, "abandoned: the process running it stopped"), cancellationToken);
        if (await RunningAsync(cancellationToken) is { } running) return new DigestRequest(running, false);

        var run = new DigestRun { Trigger = trigger, RequestedBy = requestedBy, Status = DigestRunStatus.Running, StartedAt = now, HeartbeatAt = now };
        db.DigestRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance started one a moment ago (the unique index on the running row): that is the run.
            db.ChangeTracker.Clear();
            if (await RunningAsync(CancellationToken.None) is { } other) return new DigestRequest(other, false);
            throw;
        }
        var id = run.Id;
        jobs.Enqueue<DigestRunner>(runner => runner.RunAsync(id, CancellationToken.None));
        return new DigestRequest(id, true);
    }

    public const string RecurringId = "digest";

    /// <summary>The recurring job's call (<c>Digest:Cron</c>): a run, unless one is going.</summary>
    public Task RunScheduledAsync(CancellationToken cancellationToken) => RequestAsync(DigestTrigger.Schedule, null, cancellationToken);

    [JobDisplayName("Weekly digest run {0}")]
    public async Task RunAsync(int runId, CancellationToken cancellationToken)
    {
        var run = await db.DigestRuns.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is not { Status: DigestRunStatus.Running }) return;
        try
        {
            var users = await db.Users.AsNoTracking().Where(u => u.WeeklyDigest)
                .Where(u => !db.DigestDeliveries.Any(d => d.RunId == runId && d.UserId == u.Id))
                .OrderBy(u => u.Id).Select(u => new { u.Id, u.EmailConfirmed }).ToListAsync(cancellationToken);
            foreach (var user in users)
            {
                await DeliverAsync(runId, user.Id, user.EmailConfirmed, cancellationToken);
                run.HeartbeatAt = time.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(cancellationToken);
            }
            run.Status = DigestRunStatus.Finished;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Digest run {Run} failed", runId);
            run.Status = DigestRunStatus.Failed;
            run.Error = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
        }
        run.FinishedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task DeliverAsync(int runId, string userId, bool confirmed, CancellationToken cancellationToken)
    {
        var delivery = new DigestDelivery { RunId = runId, UserId = userId, CreatedAt = time.GetUtcNow().UtcDateTime };
        if (!confirmed)
        {
            (delivery.Status, delivery.Detail) = (DigestDeliveryStatus.Skipped, "address not confirmed");
        }
        else
        {
            try
            {
                var plan = await picker.PlanAsync(userId, cancellationToken);
                (delivery.Status, delivery.Detail) = plan.SkipReason is { } why ? (DigestDeliveryStatus.Skipped, why) : (DigestDeliveryStatus.Queued, null);
                delivery.Picks = [.. plan.Picks.Select((p, i) => new DigestPick { TrackId = p.TrackId, Rank = i + 1, Catalog = p.Catalog, Reason = p.Reason })];
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One listener's failure (say, a model swapped mid-run) does not stop the others.
                logger.LogError(e, "Could not plan a digest in run {Run}", runId);
                (delivery.Status, delivery.Detail) = (DigestDeliveryStatus.Failed, "could not pick: " + e.Message);
            }
        }
        db.DigestDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        if (delivery.Status != DigestDeliveryStatus.Queued) return;
        var id = delivery.Id;
        jobs.Enqueue<DigestMailJob>(job => job.SendAsync(id, null, CancellationToken.None));
    }

    private async Task<int?> RunningAsync(CancellationToken cancellationToken) =>
        await db.DigestRuns.Where(r => r.Status == DigestRunStatus.Running).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
}
