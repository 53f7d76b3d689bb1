using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Retraining;

namespace MusicRecommender.Web.Retraining;

/// <summary>What the Jobs page says about the schedule: the cron, Hangfire's next occurrence, retries, where the queue lives and who works on it.</summary>
public sealed record ScheduleInfo(string Cron, DateTimeOffset? NextRun, int MaxRetries, TimeSpan RetryDelay, bool Shared, int Servers, string Instance);

/// <summary>Starts runs on request ("Retrain now", the start-up check) and describes the schedule.</summary>
public sealed class RetrainScheduler(
    IBackgroundJobClient jobs, JobStorage storage, RetrainRuns runs, ProcessInstance instance, IOptions<RetrainingOptions> options,
    IOptions<DatabaseOptions> database, ILogger<RetrainScheduler> logger)
{
    /// <summary>
    /// Inserts the run (or joins the one already running, here or on another instance) and enqueues the job
    /// that runs it, on whichever instance's worker is free first. Returns without waiting for the run.
    /// </summary>
    public async Task<RunRequest> RequestAsync(RetrainTrigger kind, string? requestedBy, CancellationToken cancellationToken)
    {
        var request = await runs.StartAsync(kind, requestedBy, attempt: 1, instance: null, cancellationToken);
        if (!request.Started) return request;
        try
        {
            var runId = request.RunId;
            var jobId = jobs.Enqueue<RetrainJob>(job => job.RunAsync(runId, kind, requestedBy, null, CancellationToken.None));
            await runs.SetJobAsync(runId, jobId, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not hand retrain run {RunId} to Hangfire", request.RunId);
            await runs.FinishAsync(request.RunId, RetrainStatus.Failed, "Could not be scheduled: " + e.Message, null, CancellationToken.None);
            throw;
        }
        return request;
    }

    public ScheduleInfo Describe()
    {
        using var connection = storage.GetConnection();
        var recurring = connection.GetRecurringJobs([RetrainJob.RecurringId]).FirstOrDefault(j => !j.Removed);
        var next = recurring?.NextExecution is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : (DateTimeOffset?)null;
        var servers = storage.GetMonitoringApi().Servers().Count;
        var o = options.Value;
        return new ScheduleInfo(recurring?.Cron ?? RetrainCron.Effective(o), next, o.MaxRetries, o.RetryDelay,
            database.Value.Provider == DatabaseProvider.Postgres, servers, instance.Name);
    }
}
