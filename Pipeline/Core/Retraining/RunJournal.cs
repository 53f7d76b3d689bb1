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
public sealed class RunJournal(IDbContextFactory<AppDbContext> contexts, TimeProvider clock, int runId) : IProgress<string>
{
    private readonly ConcurrentQueue<(DateTime At, string Message)> _pending = new();
    private int _position;

    public int RunId => runId;

    /// <summary>Progress from the trainer arrives synchronously; it is written with the next step change.</summary>
    public void Report(string value) => _pending.Enqueue((clock.GetUtcNow().UtcDateTime, value));

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
        Report(message);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Flush(db);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Keeps the run's heartbeat fresh during long steps (the fit) until disposed.</summary>
    public IAsyncDisposable KeepAlive(TimeSpan every) => new Heartbeat(stop => BeatEveryAsync(every, stop));

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

    private async Task BeatEveryAsync(TimeSpan every, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(every);
        while (await WaitAsync(timer, stop))
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(stop);
                await BeatAsync(db, clock.GetUtcNow().UtcDateTime, stop);
            }
            catch (Exception) when (!stop.IsCancellationRequested)
            {
                // A missed beat is harmless (the timeout is minutes); the run itself must not fail for it.
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

    private sealed class Heartbeat : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public Heartbeat(Func<CancellationToken, Task> loop) => _loop = loop(_stop.Token);

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
        }
    }
}
