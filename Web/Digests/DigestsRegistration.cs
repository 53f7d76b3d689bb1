using MusicRecommender.Infrastructure.Mail;
using MusicRecommender.Web.BackgroundJobs;

namespace MusicRecommender.Web.Digests;

internal static class DigestsRegistration
{
    /// <summary>The weekly digest: picking, runs, the mail job, unsubscribe tokens and the runs' view.</summary>
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DigestPicker>();
        services.AddScoped<DigestRunner>();
        services.AddScoped<DigestMailJob>();
        services.AddRecurringJob<DigestRunner, DigestOptions>(DigestRunner.RecurringId, o => o.Cron, runner => runner.RunScheduledAsync(CancellationToken.None));
        services.AddJobRetries<DigestRunner, DigestOptions>(_ => (0, TimeSpan.FromSeconds(1)));
        services.AddJobRetries<DigestMailJob, EmailOptions>(o => (o.MaxRetries, o.RetryDelay));
        services.AddScoped<DigestView>();
        services.AddSingleton<UnsubscribeTokens>();
        return services;
    }
}
