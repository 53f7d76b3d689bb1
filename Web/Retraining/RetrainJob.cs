using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Retraining;
using Quartz;

namespace MusicRecommender.Web.Retraining;

/// <summary>
/// The scheduled retrain. Never two at once: Quartz holds back a second firing of this job (across
/// the cluster on PostgreSQL), and the database's one-running-run index turns away any run started
/// some other way. A failed run throws, so Quartz retries it under the trigger's retry policy
/// (<c>Retraining:MaxRetries</c>, doubling waits from <c>Retraining:RetryDelay</c>); each retry is a run of its own.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RetrainJob(RetrainRuns runs, RetrainRunner runner, ILogger<RetrainJob> logger) : IJob
{
    public static readonly JobKey Key = new("retrain", "models");

    /// <summary>Job data (strings: the persistent store keeps job data as name/value strings).</summary>
    public const string RunIdKey = "runId";
    public const string TriggerKindKey = "trigger";
    public const string RequestedByKey = "requestedBy";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var kind = data.TryGetValue(TriggerKindKey, out var k) && Enum.TryParse<RetrainTrigger>(k as string, out var parsed) ? parsed : RetrainTrigger.Schedule;
        var requestedBy = data.TryGetValue(RequestedByKey, out var by) && by is string { Length: > 0 } name ? name : null;
        var instance = context.Scheduler.SchedulerInstanceId;

        int runId;
        // The first firing of a requested run takes over the row the request inserted; a retry is a new run.
        if (context.RetryAttempt == 0 && data.TryGetValue(RunIdKey, out var id) && int.TryParse(id as string, out var requested))
        {
            if (!await runs.ClaimAsync(requested, instance, cancellationToken))
            {
                logger.LogWarning("Retrain run {RunId} was given up before it could start", requested);
                return;
            }
            runId = requested;
        }
        else
        {
            var request = await runs.StartAsync(kind, requestedBy, context.RetryAttempt + 1, instance, cancellationToken);
            if (!request.Started)
            {
                logger.LogInformation("Retrain ({Trigger}) skipped: run {RunId} is already running", kind, request.RunId);
                return;
            }
            runId = request.RunId;
        }

        try
        {
            await runner.RunAsync(runId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new JobExecutionException(e);
        }
    }
}
