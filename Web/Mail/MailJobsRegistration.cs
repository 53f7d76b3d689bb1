using Microsoft.AspNetCore.Identity.UI.Services;
using MusicRecommender.Infrastructure.Mail;
using MusicRecommender.Web.BackgroundJobs;

namespace MusicRecommender.Web.Mail;

internal static class MailJobsRegistration
{
    /// <summary>Account mail as Hangfire jobs, links from <c>Email:SiteUrl</c>, and the Identity UI's mail through the same queue.</summary>
    public static IServiceCollection AddMailJobs(this IServiceCollection services)
    {
        services.AddSingleton<SiteLinks>();
        services.AddSingleton<MailJobs>();
        services.AddScoped<AccountMailJob>();
        services.AddJobRetries<AccountMailJob, EmailOptions>(o => (o.MaxRetries, o.RetryDelay));
        services.AddJobRetries<MailSender, EmailOptions>(o => (o.MaxRetries, o.RetryDelay));
        services.AddSingleton<IEmailSender, IdentityUiEmailSender>();
        services.AddHostedService<MailStartupLog>();
        return services;
    }
}
