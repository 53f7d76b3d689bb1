using Hangfire;
using Hangfire.Server;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Retraining;

namespace MusicRecommender.Web.Retraining;

/// <summary>
/// The retrain as a Hangfire job: the recurring schedule, "Retrain now" and the start-up catch-up enqueue it;
/// it hands the run to the one runner. Never two runs at once, across instances: the run row is the lock (see
/// <see cref="RetrainRuns"/>) — a requested run is taken over once, a scheduled firing or a retry inserts its
/// own row or, when a run is going, does nothing. A failed run throws, so Hangfire's retry filter
/// (<c>Retraining:MaxRetries</c>, doubling waits from <c>Retraining:RetryDelay</c>) runs it again; each retry is a
/// new run with its attempt number. Shutdown cancels the job's token, which the run records as cancelled.
/// </summary>
public sealed class RetrainJob(RetrainRuns runs, RetrainRunner runner, ProcessInstance instance, ILogger<RetrainJob> logger)
{
    public const string RecurringId = "retrain";

    /// <param name="runId">The run a request inserted (null for the schedule).</param>
    /// <param name="context">Hangfire's, given at run time (pass null): the job id and the retry count.</param>
    [JobDisplayName("Retrain every target catalog ({1})")]
    public async Task RunAsync(int? runId, RetrainTrigger trigger, string? requestedBy, PerformContext? context, CancellationToken cancellationToken)
    {
        var jobId = context?.BackgroundJob.Id;
        var retry = context?.GetJobParameter<int>("RetryCount", allowStale: true) ?? 0;
        int id;
        if (retry == 0 && runId is { } requested)
        {
            if (!await runs.ClaimAsync(requested, instance.Name, jobId, cancellationToken))
            {
                logger.LogWarning("Retrain run {RunId} was no longer waiting (taken already, or given up as abandoned); job {JobId} does nothing", requested, jobId);
                return;
            }
            id = requested;
        }
        else
        {
            var request = await runs.StartAsync(trigger, requestedBy, retry + 1, instance.Name, cancellationToken);
            if (!request.Started)
            {
                logger.LogInformation("Retrain ({Trigger}) skipped: run {RunId} is already running", trigger, request.RunId);
                return;
            }
            id = request.RunId;
            if (jobId is not null) await runs.SetJobAsync(id, jobId, cancellationToken);
        }
        await runner.RunAsync(id, RunPlan.AllCatalogs, progress: null, cancellationToken);
    }

    /// <summary>The recurring job's call.</summary>
    public Task RunScheduledAsync(PerformContext? context, CancellationToken cancellationToken) =>
        RunAsync(null, RetrainTrigger.Schedule, null, context, cancellationToken);
}
