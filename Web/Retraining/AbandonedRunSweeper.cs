using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Options;
using MusicRecommender.Pipeline.Retraining;

namespace MusicRecommender.Web.Retraining;

/// <summary>
/// Every <c>Retraining:HeartbeatInterval</c>, on every instance: a running run whose heartbeat is older than
/// <c>Retraining:HeartbeatTimeout</c> belongs to a process that died (killed, crashed, power lost) and is marked
/// abandoned, which frees the one-running-run slot — so "Retrain now" starts a new run instead of pointing at the
/// dead one. A requested run still waiting for a worker is only abandoned when its Hangfire job will never run it.
/// </summary>
public sealed class AbandonedRunSweeper(RetrainRuns runs, JobStorage storage, IOptions<RetrainingOptions> options, ILogger<AbandonedRunSweeper> logger) : BackgroundService
{
    private static readonly string[] Waiting = [EnqueuedState.StateName, ScheduledState.StateName, ProcessingState.StateName, AwaitingState.StateName];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Looking for abandoned retrain runs failed; trying again in {Interval}", options.Value.HeartbeatInterval);
            }
        }
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        await runs.MarkAbandonedAsync(cancellationToken);
        foreach (var (runId, jobId) in await runs.StaleWaitingAsync(cancellationToken))
        {
            using var connection = storage.GetConnection();
            var state = connection.GetStateData(jobId)?.Name;
            if (state is not null && Waiting.Contains(state)) await runs.TouchAsync(runId, cancellationToken);
            else await runs.AbandonAsync(runId, cancellationToken);
        }
    }
}
