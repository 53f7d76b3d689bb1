using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Pipeline.Retraining;

/// <summary>
/// Writes a run's progress as it goes — steps, log lines, heartbeat — each in its own short-lived
/// context, so the Jobs page and <c>GET /api/admin/runs/{id}</c> see it at once, independent of the
/// training's own unit of work.
/// </summary>
public sealed class RunJournal(IDbContextFactory<AppDbContext> contexts, TimeProvider clock, int runId, IProgress<string>? echo = null) : IProgress<string>
{
    private readonly ConcurrentQueue<(DateTime At, string Message)> _pending = new();
    private int _position;

    public int RunId => runId;

    /// <summary>Progress from the trainer arrives synchronously; it is written with the next step change (and echoed at once, e.g. to a console).</summary>
    public void Report(string value)
    {
        _pending.Enqueue((clock.GetUtcNow().UtcDateTime, value));
        echo?.Report(value);
    }

    public async Task<int> BeginStepAsync(TargetCatalog catalog, string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var step = new RetrainRunStep
        {
            RunId = runId,
            Position = ++_position,
            Catalog = catalog,
            Name = name,
            Status = RetrainStepStatus.Running,
            StartedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.RetrainRunSteps.Add(step);
        Flush(db);
        await db.SaveChangesAsync(cancellationToken);
        return step.Id;
    }

    public async Task EndStepAsync(int stepId, RetrainStepStatus status, string? detail, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var text = detail is { Length: > 2000 } ? detail[..2000] : detail;
        Flush(db);
        await db.SaveChangesAsync(cancellationToken);
        await db.RetrainRunSteps.Where(s => s.Id == stepId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, status).SetProperty(x => x.FinishedAt, now).SetProperty(x => x.Detail, text), cancellationToken);
        await BeatAsync(db, now, cancellationToken);
    }

    public async Task LogAsync(string message, CancellationToken cancellationToken)
    {
        _pending.Enqueue((clock.GetUtcNow().UtcDateTime, message));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Flush(db);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Keeps the run's heartbeat fresh during long steps (the fit) until disposed. Its <see cref="RunHeartbeat.Lost"/>
    /// fires when the run is no longer running in the database (marked abandoned while this process was too slow
    /// to beat), so the run stops instead of racing the one that may start in its place.
    /// </summary>
    public RunHeartbeat KeepAlive(TimeSpan every) => new(lost => BeatEveryAsync(every, lost));

    private void Flush(AppDbContext db)
    {
        while (_pending.TryDequeue(out var line))
        {
            db.RetrainRunLog.Add(new RetrainRunLogLine { RunId = runId, At = line.At, Message = line.Message.Length > 2000 ? line.Message[..2000] : line.Message });
        }
    }

    private Task<int> BeatAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken) =>
        db.RetrainRuns.Where(r => r.Id == runId && r.Status == RetrainStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.HeartbeatAt, now), cancellationToken);

    private async Task BeatEveryAsync(TimeSpan every, RunHeartbeat heartbeat)
    {
        using var timer = new PeriodicTimer(every);
        while (await WaitAsync(timer, heartbeat.Stopping))
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(heartbeat.Stopping);
                if (await BeatAsync(db, clock.GetUtcNow().UtcDateTime, heartbeat.Stopping) == 0)
                {
                    await heartbeat.LoseAsync();
                    return;
                }
            }
            catch (Exception) when (!heartbeat.Stopping.IsCancellationRequested)
            {
                // A missed beat is harmless (the timeout is several beats long); the run itself must not fail for it.
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
