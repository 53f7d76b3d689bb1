using System.Linq.Expressions;
using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.Options;

namespace MusicRecommender.Web.BackgroundJobs;

/// <summary>A recurring job: its id in Hangfire, its cron (read from configuration when the site starts) and the call it makes.</summary>
public sealed record RecurringJobDefinition(string Id, Func<IServiceProvider, string> Cron, Job Job);

/// <summary>A job type's retries: how many, and the first wait (each further one twice as long).</summary>
public sealed record JobRetryPolicy(Type JobType, Func<IServiceProvider, (int Attempts, TimeSpan FirstDelay)> Policy);

public static class RecurringJobRegistration
{
    /// <summary>
    /// Declares a recurring job in one line: <c>services.AddRecurringJob&lt;RetrainJob, RetrainingOptions&gt;("retrain",
    /// o =&gt; o.Cron, job =&gt; job.RunScheduledAsync(null, CancellationToken.None))</c>. Every instance declares the same
    /// schedule at start-up; Hangfire keeps one per id in its storage, and each occurrence runs once across instances.
    /// </summary>
    public static IServiceCollection AddRecurringJob<TJob, TOptions>(this IServiceCollection services, string id, Func<TOptions, string> cron, Expression<Func<TJob, Task>> call)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(cron);
        return services.AddSingleton(new RecurringJobDefinition(id, provider => cron(provider.GetRequiredService<IOptions<TOptions>>().Value), Job.FromExpression(call)));
    }

    /// <summary>Retries of a failed <typeparamref name="TJob"/> through Hangfire's retry filter, from configuration.</summary>
    public static IServiceCollection AddJobRetries<TJob, TOptions>(this IServiceCollection services, Func<TOptions, (int Attempts, TimeSpan FirstDelay)> policy)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(policy);
        return services.AddSingleton(new JobRetryPolicy(typeof(TJob), provider => policy(provider.GetRequiredService<IOptions<TOptions>>().Value)));
    }

    /// <summary>Hangfire's <see cref="AutomaticRetryAttribute"/> for a policy: the delays double from the first, capped at a day.</summary>
    public static AutomaticRetryAttribute RetryFilter(int attempts, TimeSpan firstDelay)
    {
        var first = Math.Max(1, (int)Math.Ceiling(firstDelay.TotalSeconds));
        return new AutomaticRetryAttribute
        {
            Attempts = attempts,
            DelaysInSeconds = Enumerable.Range(0, Math.Max(attempts, 1)).Select(i => (int)Math.Min(first * Math.Pow(2, i), TimeSpan.FromDays(1).TotalSeconds)).ToArray(),
            OnAttemptsExceeded = AttemptsExceededAction.Fail,
        };
    }
}
