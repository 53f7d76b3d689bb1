using Hangfire.Common;

namespace MusicRecommender.Web.BackgroundJobs;

/// <summary>
/// Each job type's retry filter from its configured policy, at method scope, so that — combined with Hangfire's
/// defaults in one <see cref="JobFilterProviderCollection"/>, which keeps the most specific of filters that may
/// not repeat — it replaces the default retry filter (ten attempts) for that job type.
/// </summary>
internal sealed class JobRetryFilters(IEnumerable<JobRetryPolicy> policies, IServiceProvider services) : IJobFilterProvider
{
    private readonly Dictionary<Type, JobFilter> _retries = policies.ToDictionary(p => p.JobType, p =>
    {
        var (attempts, firstDelay) = p.Policy(services);
        return new JobFilter(RecurringJobRegistration.RetryFilter(attempts, firstDelay), JobFilterScope.Method, null);
    });

    public IEnumerable<JobFilter> GetFilters(Job job) =>
        job?.Type is { } type && _retries.TryGetValue(type, out var retry) ? [retry] : [];
}
