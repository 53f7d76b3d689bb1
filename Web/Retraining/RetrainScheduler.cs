using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Pipeline.Retraining;
using Quartz;

namespace MusicRecommender.Web.Retraining;

/// <summary>What the Jobs page says about the schedule.</summary>
public sealed record ScheduleInfo(string Cron, DateTimeOffset? NextRun, int MaxRetries, TimeSpan RetryDelay, bool Clustered, string Instance);

/// <summary>Starts runs on request ("Retrain now", the start-up check) and describes the schedule.</summary>
public sealed class RetrainScheduler(ISchedulerFactory schedulers, RetrainRuns runs, IOptions<RetrainingOptions> options, ILogger<RetrainScheduler> logger)
{
    public static readonly TriggerKey ScheduleKey = new("retrain-schedule", "models");

    /// <summary>
    /// Inserts the run (or joins the one already running, here or on another instance) and hands it to
    /// the scheduler, which starts it at once. Returns without waiting for the run.
    /// </summary>
    public async Task<RunRequest> RequestAsync(RetrainTrigger kind, string? requestedBy, CancellationToken cancellationToken)
    {
        var request = await runs.StartAsync(kind, requestedBy, attempt: 1, instance: null, cancellationToken);
        if (!request.Started) return request;
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var trigger = TriggerBuilder.Create()
                .WithIdentity($"run-{request.RunId}", "retrain-requests")
                .ForJob(RetrainJob.Key)
                .UsingJobData(RetrainJob.RunIdKey, request.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .UsingJobData(RetrainJob.TriggerKindKey, kind.ToString())
                .UsingJobData(RetrainJob.RequestedByKey, requestedBy ?? "")
                .WithRetryPolicy(RetryPolicyFor(options.Value))
                .StartNow()
                .Build();
            await scheduler.ScheduleJob(trigger, default, cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not hand retrain run {RunId} to the scheduler", request.RunId);
            await runs.FinishAsync(request.RunId, RetrainStatus.Failed, "Could not be scheduled: " + e.Message, null, CancellationToken.None);
            throw;
        }
        return request;
    }

    public async Task<ScheduleInfo> DescribeAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(ScheduleKey, cancellationToken);
        var metadata = await scheduler.GetMetadata(cancellationToken);
        var o = options.Value;
        return new ScheduleInfo(o.Cron, trigger?.NextFireTimeUtc, o.MaxRetries, o.RetryDelay, metadata.JobStoreClustered, scheduler.SchedulerInstanceId);
    }

    /// <summary>Doubling waits from <c>RetryDelay</c>, capped at a day; none with <c>MaxRetries</c> 0.</summary>
    public static RetryPolicy RetryPolicyFor(RetrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var cap = TimeSpan.FromDays(1) < options.RetryDelay ? options.RetryDelay : TimeSpan.FromDays(1);
        return options.MaxRetries == 0 ? RetryPolicy.None : RetryPolicy.Exponential(options.MaxRetries, options.RetryDelay, 2, cap);
    }

    /// <summary>The time between two consecutive firings of the schedule (a day for the nightly default).</summary>
    public static TimeSpan Period(string cron, DateTimeOffset now)
    {
        var expression = new CronExpression(cron);
        var first = expression.GetNextValidTimeAfter(now) ?? now;
        var second = expression.GetNextValidTimeAfter(first) ?? first;
        return second - first;
    }
}
